package quanze.catalog;

import java.util.Locale;
import java.util.Optional;

/** Reads a code or its Chinese label, the way api.md and formats.md accept them on input. */
public final class Codes {
    private Codes() {
    }

    public static <E extends Enum<E> & Labeled> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = Text.normalise(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted.toUpperCase(Locale.ROOT))) {
                return Optional.of(e);
            }
            for (String label : e.labels()) {
                if (label.equals(wanted)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The labels a user may type, for an error message: "行政许可、行政处罚…". */
    public static <E extends Enum<E> & Labeled> String choices(Class<E> type) {
        StringBuilder out = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            for (String label : e.labels()) {
                if (out.length() > 0) {
                    out.append('、');
                }
                out.append(label);
            }
        }
        return out.toString();
    }
}
