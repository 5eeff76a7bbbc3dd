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
        if (plain(s)) {
            return s.strip();
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

    /** Nothing to fold: the common case, answered without copying (rules call this for every case). */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || c == '\u00A0' || c >= '\uFF01' && c <= '\uFF5E') {
                return false;
            }
        }
        return true;
    }

    public static boolean isBlank(String s) {
        return s == null || normalise(s).isEmpty();
    }

    /** null for a blank cell, the trimmed text otherwise (kept as the user wrote it). */
    public static String orNull(String s) {
        return s == null || s.strip().isEmpty() ? null : s.strip();
    }

    /** Characters that do not tell two power names apart: punctuation, brackets and quotes. */
    private static final java.util.regex.Pattern NAME_NOISE =
            java.util.regex.Pattern.compile("[\\s\\p{Punct}、，。；：“”‘’《》〈〉（）【】〔〕—…·]");

    /**
     * A power's name as ADM-03 matches it (rules.md: "by normalised name, 对/的/进行 and punctuation ignored"):
     * 对户外广告设施设置的审批 and 户外广告设施设置审批 are one power.
     */
    public static String powerName(String s) {
        String n = NAME_NOISE.matcher(normalise(s)).replaceAll("");
        return n.replace("进行", "").replace("对", "").replace("的", "");
    }
}
