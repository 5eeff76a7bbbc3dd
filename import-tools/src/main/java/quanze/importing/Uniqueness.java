package quanze.importing;

import java.util.HashMap;
import java.util.Map;

/** Remembers the first row of each key, to report a duplicate against it. */
final class Uniqueness {
    private final Map<String, Integer> first = new HashMap<>();

    /** @return the earlier row holding this key, or null when the key is new (or seen on this same row) */
    Integer seen(String key, int row) {
        Integer earlier = first.putIfAbsent(key, row);
        return earlier != null && earlier != row ? earlier : null;
    }
}
