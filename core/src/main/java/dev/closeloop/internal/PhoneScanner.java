package dev.closeloop.internal;

/**
 * Finds digit runs that may be phone numbers in normalized text: digits in groups joined by at most
 * two separator chars ({@code +86 150-1234 5678}, {@code (212) 555-0100}, {@code 8.985.217.40.63}),
 * or broken by one or two stray letters ({@code 138a1234b5678}). Digit runs glued to letters on
 * either side ({@code LX123456789CN}, {@code 100-240V}) are codes, not numbers. Mutable scratch.
 */
final class PhoneScanner {
    private static final int MAX_DIGITS = 24;

    final char[] digits = new char[MAX_DIGITS];
    final int[] groups = new int[MAX_DIGITS];
    int digitCount;
    int groupCount;
    int start;
    int end;
    boolean plus;
    boolean paren;
    int letters;

    /**
     * Reads the number candidate starting at or after {@code from}.
     *
     * @return the index to continue from, or -1 when no candidate remains; on a candidate,
     *     {@link #start} and {@link #end} are set and the method returns {@code end}
     */
    int next(char[] c, int n, int from) {
        for (int i = from; i < n; i++) {
            char ch;
            while (!Chars.isDigit(ch = c[i]) && ch != '+' && ch != '(') {
                if (++i == n) {
                    return -1;
                }
            }
            if (Chars.isDigit(ch) && i > 0 && Chars.isWordChar(c[i - 1])) {
                while (i + 1 < n && Chars.isWordChar(c[i + 1])) {
                    i++; // digits glued to a word (LP00638291047562): no number starts inside it
                }
                continue;
            }
            boolean startsHere = Chars.isDigit(ch)
                    || (ch == '+' || ch == '(') && i + 1 < n && (Chars.isDigit(c[i + 1]) || c[i + 1] == ' ' && i + 2 < n && Chars.isDigit(c[i + 2]));
            if (!startsHere) {
                continue;
            }
            if (i >= 2 && c[i - 1] == '-' && Chars.isLatin(c[i - 2])) {
                i = skipToken(c, n, i);
                continue; // INV-2024-08817, PO-211-…: a code with a letter prefix
            }
            int e = read(c, n, i);
            if (e > i && digitCount > 0) {
                return e;
            }
            i = Math.max(i, skipToken(c, n, i) - 1);
        }
        return -1;
    }

    private static int skipToken(char[] c, int n, int i) {
        int k = i;
        while (k < n && (Chars.isWordChar(c[k]) || Chars.isSeparator(c[k]) && k + 1 < n && Chars.isWordChar(c[k + 1]) && c[k] != ' ')) {
            k++;
        }
        return Math.max(k, i + 1);
    }

    private int read(char[] c, int n, int i) {
        digitCount = 0;
        groupCount = 0;
        letters = 0;
        plus = false;
        paren = false;
        start = i;
        int k = i;
        if (c[k] == '+') {
            plus = true;
            k++;
            if (k < n && c[k] == ' ') {
                k++;
            }
        }
        int lastDigitEnd = -1;
        while (k < n) {
            if (Chars.isDigit(c[k])) {
                int g = k;
                while (k < n && Chars.isDigit(c[k])) {
                    if (digitCount < MAX_DIGITS) {
                        digits[digitCount] = c[k];
                    }
                    digitCount++;
                    k++;
                }
                if (groupCount < MAX_DIGITS) {
                    groups[groupCount++] = k - g;
                }
                lastDigitEnd = k;
                if (k < n && Chars.isLatin(c[k])) {
                    // a stray letter between digit groups, as in 138a1234b5678
                    if (k + 1 < n && Chars.isDigit(c[k + 1]) && letters < 2) {
                        letters++;
                        k++;
                        continue;
                    }
                    return glued(i);
                }
                continue;
            }
            int seps = 0;
            int q = k;
            while (q < n && seps < 3 && Chars.isNumberGap(c[q])) {
                if (c[q] == '(') {
                    paren = true;
                }
                q++;
                seps++;
            }
            if (seps == 0 || q >= n || !Chars.isDigit(c[q])) {
                break;
            }
            k = q;
        }
        if (lastDigitEnd < 0) {
            return i + 1;
        }
        end = lastDigitEnd;
        if (digitCount > MAX_DIGITS) {
            digitCount = MAX_DIGITS + 1; // too long to be a phone; the shape check rejects it
        }
        if (start < n && c[start] == '(') {
            paren = true;
        }
        return end;
    }

    private int glued(int i) {
        digitCount = 0;
        return i + 1;
    }

    PhoneShape shape() {
        if (digitCount > MAX_DIGITS) {
            return PhoneShape.NONE;
        }
        PhoneShape s = PhoneShape.of(digits, digitCount, groups, groupCount, plus, paren);
        if (letters > 0 && s == PhoneShape.POSSIBLE) {
            return PhoneShape.NONE; // letters between digits only hide a number that is clearly a phone
        }
        return s;
    }
}
