package dev.closeloop.internal;

/**
 * A small open-addressing map from words to ints that looks words up straight from a char array,
 * so the hot path allocates no strings. Most words looked up are not in the table; a bit set of the
 * keys' first three letters and their length range turn those away before the word is hashed.
 * Immutable after loading; safe to share.
 */
final class WordTable {
    private static final int PREFIX = 3;
    /*
     * Keys are char arrays, not strings: a loop over a string's chars tests its coder (Latin-1 or UTF-16), and
     * the JIT hoists that test as the first keys it compares had it, then deoptimizes the method it inlined
     * the loop into (pass two of normalization) when a Russian key comes after English ones.
     */
    private final char[][] keys;
    private final int[] values;
    private final int mask;
    private final long[] prefixes = new long[64];
    private int minLength = Integer.MAX_VALUE;
    private int maxLength;

    WordTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 3)) << 1;
        keys = new char[cap][];
        values = new int[cap];
        mask = cap - 1;
    }

    void put(String key, int value) {
        char[] k = key.toCharArray();
        int h = hash(k, 0, k.length) & mask;
        while (keys[h] != null && !equals(keys[h], k, 0, k.length)) {
            h = (h + 1) & mask;
        }
        keys[h] = k;
        values[h] = value;
        int p = prefix(k, 0, k.length);
        prefixes[p >>> 6] |= 1L << p;
        minLength = Math.min(minLength, k.length);
        maxLength = Math.max(maxLength, k.length);
    }

    /** @return the value of {@code c[from, to)}, or -1 */
    int get(char[] c, int from, int to) {
        int len = to - from;
        if (len < minLength || len > maxLength) {
            return -1;
        }
        int p = prefix(c, from, to);
        if ((prefixes[p >>> 6] & 1L << p) == 0) {
            return -1;
        }
        int h = hash(c, from, to) & mask;
        for (char[] k; (k = keys[h]) != null; h = (h + 1) & mask) {
            if (equals(k, c, from, to)) {
                return values[h];
            }
        }
        return -1;
    }

    private static boolean equals(char[] k, char[] c, int from, int to) {
        if (k.length != to - from) {
            return false;
        }
        for (int i = 0; i < k.length; i++) {
            if (k[i] != c[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** A 12-bit hash of a word's first letters. */
    private static int prefix(char[] c, int from, int to) {
        int h = 0;
        for (int i = from, end = Math.min(to, from + PREFIX); i < end; i++) {
            h = h * 31 + c[i];
        }
        return (h ^ h >>> 12) & 4095;
    }

    private static int hash(char[] c, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = h * 31 + c[i];
        }
        return h ^ (h >>> 16);
    }
}
