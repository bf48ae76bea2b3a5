package dev.closeloop.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The pictographs that stand for a word of the lexicon ({@value #FILE}: 🐧, QQ's mascot, for 企鹅; ☎ for 电话), which
 * pass one of the normalizer writes in their place. A lookup allocates nothing, as every emoji of a message is looked
 * up. Immutable and thread-safe.
 */
final class PictographWords {
    static final String FILE = "pictograph-words.tsv";
    /** The pictographs bundled with the engine. */
    static final PictographWords INSTANCE = new PictographWords(Resources.rows(FILE));

    /** The pictographs' code points, ascending. */
    private final int[] codePoints;
    /** The word of the code point at the same index. */
    private final String[] words;

    /** @throws IllegalStateException when a row is not a code point in hex and a word */
    PictographWords(List<String[]> rows) {
        String[][] sorted = rows.toArray(new String[0][]);
        codePoints = new int[sorted.length];
        for (String[] row : sorted) {
            if (row.length < 2 || row[1].isEmpty() || !isHex(row[0]) || Integer.parseInt(row[0], 16) > Character.MAX_CODE_POINT) {
                throw new IllegalStateException(FILE + ": a row holds a code point in upper-case hex and the word it stands"
                        + " for, separated by a tab; not " + String.join("\t", row));
            }
        }
        Arrays.sort(sorted, (a, b) -> Integer.compare(Integer.parseInt(a[0], 16), Integer.parseInt(b[0], 16)));
        words = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            codePoints[i] = Integer.parseInt(sorted[i][0], 16);
            words[i] = sorted[i][1];
        }
    }

    /** Four to six upper-case hex digits; read without a regex, which would cost a fresh JVM's first checker its loading. */
    private static boolean isHex(String s) {
        if (s.length() < 4 || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** @return the word code point {@code cp} stands for, or null */
    String of(int cp) {
        int at = Arrays.binarySearch(codePoints, cp);
        return at >= 0 ? words[at] : null;
    }

    /** @return the code points of the basic multilingual plane that stand for a word */
    int[] inBasicPlane() {
        int n = 0;
        while (n < codePoints.length && codePoints[n] <= Character.MAX_VALUE) {
            n++;
        }
        return Arrays.copyOf(codePoints, n);
    }
}
