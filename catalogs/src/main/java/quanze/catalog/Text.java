package quanze.catalog;

/** Text clean-up shared by every reader: catalogs mix full- and half-width forms freely. */
public final class Text {
    private Text() {
    }

    /**
     * Trims (including the ideographic space), folds full-width ASCII letters, digits and brackets
     * to half-width, so 全部乡镇（街道） and 全部乡镇(街道) compare equal.
     */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    public static boolean isBlank(String s) {
        return s == null || normalise(s).isEmpty();
    }

    /** null for a blank cell, the trimmed text otherwise (kept as the user wrote it). */
    public static String orNull(String s) {
        return s == null || s.strip().isEmpty() ? null : s.strip();
    }
}
