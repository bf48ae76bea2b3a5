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

    static {
        for (int i = 0; i < CYRILLIC_GREEK.length(); i++) {
            LATIN_OF[CYRILLIC_GREEK.charAt(i)] = TO_LATIN.charAt(i);
        }
        for (int i = 0; i < LATIN.length(); i++) {
            CYRILLIC_OF[LATIN.charAt(i)] = TO_CYRILLIC.charAt(i);
        }
    }

    private LookAlikes() {}

    /** @return the Latin look-alike of a Cyrillic or Greek letter, or 0 */
    static char toLatin(char c) {
        return c < LATIN_OF.length ? LATIN_OF[c] : 0;
    }

    /** @return the Cyrillic look-alike of a Latin letter, or 0 */
    static char toCyrillic(char c) {
        return c < CYRILLIC_OF.length ? CYRILLIC_OF[c] : 0;
    }
}
