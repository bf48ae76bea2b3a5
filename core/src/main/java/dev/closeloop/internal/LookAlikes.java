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

    private LookAlikes() {}

    /** @return the Latin look-alike of a Cyrillic or Greek letter, or 0 */
    static char toLatin(char c) {
        int i = CYRILLIC_GREEK.indexOf(c);
        if (i < 0) {
            return 0;
        }
        char l = TO_LATIN.charAt(i);
        return Chars.isLatin(l) ? l : 0;
    }

    /** @return the Cyrillic look-alike of a Latin letter, or 0 */
    static char toCyrillic(char c) {
        int i = LATIN.indexOf(c);
        return i < 0 ? 0 : TO_CYRILLIC.charAt(i);
    }
}
