package dev.closeloop.internal;

/**
 * Finds digit runs that may be phone numbers in normalized text: digits in groups joined by at most
 * two separator chars ({@code +86 150-1234 5678}, {@code (212) 555-0100}, {@code 8.985.217.40.63}),
 * or broken by one or two stray letters ({@code 138a1234b5678}). Digit runs glued to letters on
 * either side ({@code LX123456789CN}, {@code 100-240V}) are codes, not numbers. Mutable scratch.
 */
final class PhoneScanner {
    private static final int MAX_DIGITS = 24;
    /** The most chars between two digit groups of one number: separators, brackets, hearts, or one stray letter. */
    private static final int MAX_GAP = 3;

    final char[] digits = new char[MAX_DIGITS];
    final int[] groups = new int[MAX_DIGITS];
    int digitCount;
    int groupCount;
    int start;
    int end;
    boolean plus;
    boolean paren;
    int letters;
    private int[] runs;
    private int[] runEnds;
    private int runCount;
    /** The first digit run {@link #candidate} has not passed. */
    private int run;

    /** Readies the scanner for a text: it reads only around the text's digit runs. */
    void reset(NormalizedText text) {
        runs = text.digitRuns;
        runEnds = text.digitRunEnds;
        runCount = text.digitRunCount;
        run = 0;
    }

    /**
     * Reads the number candidate starting at or after {@code from}; calls for one text after {@link #reset} go
     * forward through it.
     *
     * @return the index to continue from, or -1 when no candidate remains; on a candidate,
     *     {@link #start} and {@link #end} are set and the method returns {@code end}
     */
    int next(char[] c, int n, int from) {
        for (int i = from; (i = candidate(c, i)) >= 0; i++) {
            if (Chars.isDigit(c[i]) && i > 0 && Chars.isWordChar(c[i - 1])) {
                while (i + 1 < n && Chars.isWordChar(c[i + 1])) {
                    i++; // digits glued to a word (LP00638291047562): no number starts inside it
                }
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

    /**
     * Where the first number may start at or after {@code from}: the start of a digit run, or a {@code +} or
     * {@code (} right before one or before a space and one. The scan never resumes inside a digit run (it stops
     * after a number's last digit or a word's last char), so no other digit starts one. Runs close enough to be
     * read as one number that hold fewer digits than a phone number are passed over unread: prices, sizes, dates
     * and counts, most of the numbers in a message.
     *
     * @return the index, or -1
     */
    private int candidate(char[] c, int from) {
        for (; run < runCount; run++) {
            int r = runs[run];
            if (r < from) {
                continue;
            }
            int last = run;
            int digits = runEnds[run] - r;
            while (digits < PhoneShape.MIN_DIGITS && last + 1 < runCount && mayJoin(c, runEnds[last], runs[last + 1])) {
                last++;
                digits += runEnds[last] - runs[last];
            }
            if (digits < PhoneShape.MIN_DIGITS) {
                run = last; // however the reader joins these runs, no number of them is long enough
                continue;
            }
            if (r - 2 >= from && isOpener(c[r - 2]) && c[r - 1] == ' ') {
                return r - 2;
            }
            return r - 1 >= from && isOpener(c[r - 1]) ? r - 1 : r;
        }
        return -1;
    }

    /** Whether {@link #read} may take the chars {@code [from, to)} between two digit runs as the gap inside a number. */
    private static boolean mayJoin(char[] c, int from, int to) {
        if (to - from > MAX_GAP) {
            return false;
        }
        if (to - from == 1 && Chars.isLatin(c[from])) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (!Chars.isNumberGap(c[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOpener(char ch) {
        return ch == '+' || ch == '(';
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
            while (q < n && seps < MAX_GAP && Chars.isNumberGap(c[q])) {
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
