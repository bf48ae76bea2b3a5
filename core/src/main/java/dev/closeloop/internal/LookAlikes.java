package dev.closeloop.internal;

/**
 * Letters of one script that look like letters of another, lower case. Used to fold a word written
 * in mixed scripts ({@code tеlеgrаm} with Cyrillic е and а) into the script of most of its letters.
 */
final class LookAlikes {
    private static final String CYRILLIC_GREEK = "аеёкмнорстухвіјѕԁԛԝһαβεηικνορτυχγω";
    private static final String TO_LATIN =       "aeekmhopctyxbijsdqwhabenikvoptuxyw";
    private static final String LATIN =        "aeopcxykmthb";
    private static final String TO_CYRILLIC =  "аеорсхукмтнв";

    private static final char[] LATIN_OF = new char[0x530];
    private static final char[] CYRILLIC_OF = new char[128];

    /** {@link #scripts} bit of a Latin letter. */
    static final int LATIN_LETTER = 1;
    /** {@link #scripts} bit of a Cyrillic letter. */
    static final int CYRILLIC_LETTER = 2;
    /** {@link #scripts} bit of a Greek letter. */
    static final int GREEK_LETTER = 4;
    /** {@link #scripts} bit of a Cyrillic or Greek letter that has no Latin look-alike. */
    static final int NO_LATIN_LOOK_ALIKE = 8;
    private static final byte[] SCRIPTS = new byte[65536];

    static {
        for (int i = 0; i < CYRILLIC_GREEK.length(); i++) {
            LATIN_OF[CYRILLIC_GREEK.charAt(i)] = TO_LATIN.charAt(i);
        }
        for (int i = 0; i < LATIN.length(); i++) {
            CYRILLIC_OF[LATIN.charAt(i)] = TO_CYRILLIC.charAt(i);
        }
        for (char c = 0; c <= Chars.LAST_CLASSED; c++) {
            boolean other = Chars.isCyrillic(c) || Chars.isGreek(c);
            SCRIPTS[c] = (byte) ((Chars.isLatin(c) ? LATIN_LETTER : 0) | (Chars.isCyrillic(c) ? CYRILLIC_LETTER : 0)
                    | (Chars.isGreek(c) ? GREEK_LETTER : 0) | (other && toLatin(c) == 0 ? NO_LATIN_LOOK_ALIKE : 0));
        }
    }

    private LookAlikes() {}

    /**
     * @return the script bits of a letter ({@link #LATIN_LETTER}, {@link #CYRILLIC_LETTER}, {@link #GREEK_LETTER}, with
     *     {@link #NO_LATIN_LOOK_ALIKE}); 0 for any char that is not a letter ({@link Chars#isLetter})
     */
    static int scripts(char c) {
        return SCRIPTS[c];
    }

    /** @return the Latin look-alike of a Cyrillic or Greek letter, or 0 */
    static char toLatin(char c) {
        return c < LATIN_OF.length ? LATIN_OF[c] : 0;
    }

    /** @return the Cyrillic look-alike of a Latin letter, or 0 */
    static char toCyrillic(char c) {
        return c < CYRILLIC_OF.length ? CYRILLIC_OF[c] : 0;
    }
}
