package dev.closeloop.internal;

/** Char classes of the normalized text. Normalized text is lower case, so only lower-case letters count. */
final class Chars {
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

    static boolean isLetter(char c) {
        return isLatin(c) || c >= '\u03ac' && (isCyrillic(c) || isGreek(c));
    }

    /** Latin or Cyrillic letter or ASCII digit: the chars that make up a word in a script with spaces. */
    static boolean isWordChar(char c) {
        return c < 128 ? isLatin(c) || isDigit(c) : isCyrillic(c) || isGreek(c);
    }

    /** Chars people put between the digits of a phone number or the letters of a spelled-out word. */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '_' || c == '*' || c == '/' || c == ',' || c == '|'
                || c == '(' || c == ')' || c == '~';
    }

    static boolean isIdChar(char c) {
        return isLatin(c) || isDigit(c) || c == '_' || c == '.' || c == '-';
    }
}
