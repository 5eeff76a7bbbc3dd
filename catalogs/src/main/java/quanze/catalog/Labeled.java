package quanze.catalog;

import java.util.List;

/**
 * A code of api.md with the Chinese label(s) the catalogs use for it. The enum constant's name is
 * the code; the first label is the one shown to users, further labels are accepted on input.
 */
public interface Labeled {
    String name();

    List<String> labels();

    default String label() {
        return labels().get(0);
    }
}
