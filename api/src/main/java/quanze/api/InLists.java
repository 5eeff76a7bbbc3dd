package quanze.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** A long SQL IN list split into pieces the database takes comfortably (each repository that reads by many codes). */
public final class InLists {
    static final int PIECE = 1000;

    private InLists() {
    }

    public static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(values));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += PIECE) {
            out.add(all.subList(i, Math.min(all.size(), i + PIECE)));
        }
        return out;
    }
}
