package quanze.importing;

/**
 * Remembers the first row of each key, to report a duplicate against it. A key is kept as a 128-bit fingerprint in
 * open-addressing arrays — 20 bytes a key instead of the ~150 of a map entry holding its string — so that checking a
 * nation's 3,000,000-row delegation list (item code × receiver) stays within a small, fixed share of the heap. Two
 * different keys share a fingerprint with a probability of about n²/2¹²⁹: 10⁻²⁶ for three million keys.
 */
final class Uniqueness {
    private long[] first = new long[256];
    private long[] second = new long[256];
    /** The row of each slot; 0 marks an empty one (sheet rows are numbered from 1). */
    private int[] rows = new int[256];
    private int size;

    /** @return the earlier row holding this key, or null when the key is new (or seen on this same row) */
    Integer seen(String key, int row) {
        long a = 0xcbf29ce484222325L;
        long b = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            a = (a ^ c) * 0x100000001b3L;
            b = Long.rotateLeft((b ^ c) * 0xff51afd7ed558ccdL, 29);
        }
        b ^= b >>> 33;
        b *= 0xc4ceb9fe1a85ec53L;
        b ^= b >>> 33;
        int mask = rows.length - 1;
        for (int i = (int) b & mask; ; i = (i + 1) & mask) {
            if (rows[i] == 0) {
                first[i] = a;
                second[i] = b;
                rows[i] = row;
                if (++size * 4 > rows.length * 3) {
                    grow();
                }
                return null;
            }
            if (first[i] == a && second[i] == b) {
                return rows[i] != row ? rows[i] : null;
            }
        }
    }

    private void grow() {
        long[] oldFirst = first;
        long[] oldSecond = second;
        int[] oldRows = rows;
        first = new long[oldRows.length * 2];
        second = new long[oldRows.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = rows.length - 1;
        for (int j = 0; j < oldRows.length; j++) {
            if (oldRows[j] != 0) {
                int i = (int) oldSecond[j] & mask;
                while (rows[i] != 0) {
                    i = (i + 1) & mask;
                }
                first[i] = oldFirst[j];
                second[i] = oldSecond[j];
                rows[i] = oldRows[j];
            }
        }
    }
}
