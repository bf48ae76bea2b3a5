package dev.closeloop;

import java.util.Arrays;

/** Guesses a message's language from its letters, to pick the wording of a suggestion. */
final class Language {
    /*
     * The three counts share one long, 21 bits each, and every char adds 1 shifted by its script's table entry:
     * no branch per char, which mixed-script messages (Hanzi, digits and Latin in turn) would mispredict.
     * Chars of no counted script add bit 63, which only overflows.
     */
    private static final int HAN = 0;
    private static final int CYRILLIC = 21;
    private static final int LATIN = 42;
    private static final int NONE = 63;
    private static final long COUNT = (1L << 21) - 1;
    /** Chars counted into one long before its counts are added up, fewer than a count's 21 bits hold. */
    private static final int CHUNK = 1 << 20;
    private static final byte[] SHIFT = new byte[65536];

    static {
        Arrays.fill(SHIFT, (byte) NONE);
        Arrays.fill(SHIFT, 0x4E00, 0xA000, (byte) HAN);
        Arrays.fill(SHIFT, 0x0400, 0x0500, (byte) CYRILLIC);
        Arrays.fill(SHIFT, 'A', 'Z' + 1, (byte) LATIN);
        Arrays.fill(SHIFT, 'a', 'z' + 1, (byte) LATIN);
    }

    private Language() {}

    /** @return "zh" when Hanzi are present, "ru" when Cyrillic outnumbers Latin, else "en" */
    static String of(String text) {
        return of(text.toCharArray(), text.length());
    }

    /**
     * {@link #of(char[], int)} told whether a pass over the text saw Cyrillic: without it, the first Hanzi decides, and
     * the chars need no count.
     *
     * @param mayHaveCyrillic false only when {@code chars[0, n)} has no char of U+0400–U+04FF
     */
    static String of(char[] chars, int n, boolean mayHaveCyrillic) {
        if (mayHaveCyrillic) {
            return of(chars, n);
        }
        for (int i = 0; i < n; i++) {
            if (SHIFT[chars[i]] == HAN) {
                return "zh";
            }
        }
        return "en";
    }

    /**
     * {@link #of(String)} of the text in {@code chars[0, n)}. A loop over a string's chars tests its coder (Latin-1 or
     * UTF-16) per call, and C2 hoists the test as the first strings had it, then deoptimizes when messages of the
     * other coder come: the checker passes the copy of the text its scan already made.
     */
    static String of(char[] chars, int n) {
        long han = 0;
        long cyrillic = 0;
        long latin = 0;
        for (int from = 0; from < n; from += CHUNK) {
            long packed = 0;
            for (int i = from, to = Math.min(n, from + CHUNK); i < to; i++) {
                packed += 1L << SHIFT[chars[i]];
            }
            han += packed >>> HAN & COUNT;
            cyrillic += packed >>> CYRILLIC & COUNT;
            latin += packed >>> LATIN & COUNT;
        }
        if (han > 0 && han * 2 >= cyrillic) {
            return "zh";
        }
        return cyrillic > latin ? "ru" : "en";
    }
}
