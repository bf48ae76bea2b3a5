package dev.closeloop.internal;

/**
 * Char classes of the normalized text. Normalized text is lower case, so only lower-case letters count.
 * The classes that take several ranges are read from one table, one load per test on the hot paths.
 */
final class Chars {
    private static final byte LETTER = 1;
    private static final byte WORD = 2;
    /** The two scripts whose words {@link #joins} tells apart: Latin letters with ASCII digits, and Cyrillic. */
    private static final byte LATIN_WORD = 4;
    private static final byte CYRILLIC = 8;
    private static final byte SEPARATOR = 16;
    private static final byte NUMBER_GAP = 32;
    private static final String SEPARATORS = " -._*/,|()~";
    private static final byte[] CLASS = new byte[65536];

    /** No char above this one has a class, except the heart, which is a {@link #NUMBER_GAP}: the table is built up to here. */
    static final char LAST_CLASSED = '\u052f';

    static {
        for (int i = 0; i <= LAST_CLASSED; i++) {
            char c = (char) i;
            boolean letter = isLatin(c) || isCyrillic(c) || isGreek(c);
            boolean separator = SEPARATORS.indexOf(c) >= 0;
            CLASS[i] = (byte) ((letter ? LETTER : 0) | (letter || isDigit(c) ? WORD : 0)
                    | (isLatin(c) || isDigit(c) ? LATIN_WORD : 0) | (isCyrillic(c) ? CYRILLIC : 0)
                    | (separator ? SEPARATOR : 0)
                    | (separator || c == '[' || c == ']' ? NUMBER_GAP : 0));
        }
        CLASS[Normalizer.HEART] = NUMBER_GAP;
    }

    private Chars() {}

    static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isCyrillic(char c) {
        return (c >= '\u0430' && c <= '\u044f') || c == '\u0451' || (c >= '\u0450' && c <= '\u045f')
                || (c >= '\u0500' && c <= '\u052f');
    }

    static boolean isGreek(char c) {
        return c >= '\u03ac' && c <= '\u03ce';
    }

    static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff');
    }

    /** A Latin, Cyrillic or Greek letter. */
    static boolean isLetter(char c) {
        return (CLASS[c] & LETTER) != 0;
    }

    /** Where the letters ({@link #isLetter}) going on from {@code from} end, at {@code n} at the latest. */
    static int lettersEnd(char[] c, int from, int n) {
        int k = from;
        while (k < n && isLetter(c[k])) {
            k++;
        }
        return k;
    }

    /** A letter or an ASCII digit: the chars that make up a word in a script written with spaces. */
    static boolean isWordChar(char c) {
        return (CLASS[c] & WORD) != 0;
    }

    /** Whether two adjacent chars belong to the same word of a script written with spaces: one table read each. */
    static boolean joins(char a, char b) {
        return (CLASS[a] & CLASS[b] & (LATIN_WORD | CYRILLIC)) != 0;
    }

    /**
     * The word classes of a char, bits that {@link #joins} compares: two chars join when theirs share a bit.
     * A value below {@value #WORD_CLASSES}.
     */
    static int wordClass(char c) {
        return (CLASS[c] & (LATIN_WORD | CYRILLIC)) >> 2;
    }

    /** One more than the largest {@link #wordClass}. */
    static final int WORD_CLASSES = 4;

    /** Chars people put between the digits of a phone number or the letters of a spelled-out word. */
    static boolean isSeparator(char c) {
        return (CLASS[c] & SEPARATOR) != 0;
    }

    /** A separator, a square bracket or a heart: what may stand between the digit groups of a phone number. */
    static boolean isNumberGap(char c) {
        return (CLASS[c] & NUMBER_GAP) != 0;
    }

    static boolean isIdChar(char c) {
        return isLatin(c) || isDigit(c) || c == '_' || c == '.' || c == '-';
    }
}
