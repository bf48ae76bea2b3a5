package dev.closeloop.internal;

import java.util.List;

/**
 * One run of number tokens (ASCII digits, Chinese numerals, number words) joined by at most two
 * separator chars, as people write phone numbers to dodge filters: {@code 一五九 二七三零},
 * {@code 3 one 5 8 二 0}, {@code восемь 916 четыреста два 77 19}.
 *
 * <p>A run is rewritten to digits only when it is long enough to be an identifier (five digits or
 * more) and holds something other than ASCII digits; "一样", "one or two", "сто рублей" stay words.
 * Inside a run, letters that look like digits ({@code o} for 0, {@code l} and {@code i} for 1:
 * {@code 138OO138OOO}, {@code 9I6 555 O1 23}) count as digits when they stand with digits in a
 * token of their own and the run holds at least three other digits; "100 oil", "1000l", "10 lol"
 * stay as they are.
 * Mutable scratch, one per normalization call.
 */
final class NumberRun {
    private static final int MAX_SEGMENTS = 64;
    private static final int MIN_DIGITS = 5;
    /** The digits other than look-alike letters a run needs before those letters count as digits. */
    private static final int MIN_OTHER_DIGITS = 3;
    private static final String CHINESE = "零〇一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖";
    private static final String CHINESE_VALUES = "0011122233445566778899";
    /** Letters that stand for digits in numbers written to dodge filters, as pass one has lower-cased them. */
    private static final String LOOK_ALIKE_DIGITS = "oli\u043e";
    private static final String LOOK_ALIKE_VALUES = "0110";
    /** The kind of a number word that is a unit only after another token of its run ({@code oh} for 0). */
    private static final int INNER = 5;
    private static final WordTable WORDS = loadWords();
    private static final int MAY_START = 16;
    static final int TOKEN = 32;
    static final int ANCHOR = 64;
    static final int LOOKS_LIKE_DIGIT = 128;
    /**
     * Per char: the digit value + 1 of a Chinese numeral in the low four bits; {@link #MAY_START} for chars a
     * number token can start with (digits, numerals, first letters of number words); {@link #TOKEN} for
     * the chars pass two of normalization reads tokens from (letters, digits, numerals); {@link #ANCHOR} for
     * the chars the address scanner may anchor on, which pass two notes as it reads every char;
     * {@link #LOOKS_LIKE_DIGIT} for the letters a number may be written with ({@code o}, {@code l}, {@code i}).
     */
    private static final byte[] KIND = new byte[65536];

    static {
        for (int c = 0; c <= Chars.LAST_CLASSED; c++) {
            if (Chars.isLetter((char) c) || Chars.isDigit((char) c)) {
                KIND[c] = TOKEN;
            }
        }
        for (int i = 0; i < CHINESE.length(); i++) {
            KIND[CHINESE.charAt(i)] = (byte) (CHINESE_VALUES.charAt(i) - '0' + 1 | MAY_START | TOKEN);
        }
        for (char d = '0'; d <= '9'; d++) {
            KIND[d] |= MAY_START;
        }
        for (String[] r : Resources.rows("number-words.tsv")) {
            KIND[r[0].charAt(0)] |= MAY_START;
        }
        for (int c = 0; c <= Chars.LAST_CLASSED; c++) {
            if (AddressScanner.mayAnchor((char) c)) {
                KIND[c] |= ANCHOR;
            }
        }
        for (int i = 0; i < AddressScanner.ANCHOR_SIGNS.length(); i++) {
            KIND[AddressScanner.ANCHOR_SIGNS.charAt(i)] |= ANCHOR; // above the letters only these may anchor
        }
        for (char c : LOOK_ALIKE_DIGITS.toCharArray()) {
            KIND[c] |= (byte) LOOKS_LIKE_DIGIT;
        }
    }

    private final int[] segStart = new int[MAX_SEGMENTS];
    private final int[] segEnd = new int[MAX_SEGMENTS];
    private final int[] segValue = new int[MAX_SEGMENTS];
    private final int[] segDigits = new int[MAX_SEGMENTS];
    private int segments;
    private int digits;
    private boolean nonAscii;
    /** The first segment read from a letter that looks like a digit, or -1; and the run before it. */
    private int lettersFrom;
    private int digitsBeforeLetters;
    private boolean nonAsciiBeforeLetters;
    private int letterDigits;
    int end;

    private static WordTable loadWords() {
        List<String[]> rows = Resources.rows("number-words.tsv");
        WordTable t = new WordTable(rows.size());
        for (String[] r : rows) {
            int value = Integer.parseInt(r[1]);
            int kind = switch (r[2]) {
                case "unit" -> 1;
                case "teen" -> 2;
                case "tens" -> 3;
                case "hundreds" -> 4;
                case "inner" -> INNER;
                default -> throw new IllegalStateException("number-words.tsv: unknown kind " + r[2]);
            };
            t.put(r[0], value * 8 + kind);
        }
        return t;
    }

    static int chineseDigit(char c) {
        return (KIND[c] & 15) - 1;
    }

    static boolean mayStart(char c) {
        return (KIND[c] & MAY_START) != 0;
    }

    /**
     * @return the {@link #TOKEN} bit of {@code c} (a letter, a digit or a Chinese numeral: a char a token may start
     *     at or run through), its {@link #ANCHOR} bit and its {@link #LOOKS_LIKE_DIGIT} bit, read together where pass
     *     two reads every char
     */
    static int tokenOrAnchor(char c) {
        return KIND[c] & (TOKEN | ANCHOR | LOOKS_LIKE_DIGIT);
    }

    /** Whether the letters {@code c[from, to)} are a number word ({@code six}, {@code восемь}). */
    static boolean isWord(char[] c, int from, int to) {
        return WORDS.get(c, from, to) >= 0;
    }

    /**
     * Parses the run starting at {@code i}.
     *
     * @return false when no number token starts at {@code i}, or when the run starts with letters that look like
     *     digits and does not hold enough digits to be read as a number; then {@link #end} is where reading it ended
     */
    boolean parse(char[] c, int i, int n) {
        segments = 0;
        digits = 0;
        nonAscii = false;
        lettersFrom = -1;
        letterDigits = 0;
        int j = i;
        end = i;
        while (j < n && segments < MAX_SEGMENTS) {
            int next = token(c, j, n);
            if (next == j) {
                break;
            }
            end = next;
            int k = afterSeparators(c, next, n);
            if (k == next && k < n && (Chars.isDigit(c[k]) || chineseDigit(c[k]) >= 0)) {
                j = k; // 1叁8: digits and numerals mixed without a separator
                continue;
            }
            if (k == next || k >= n) {
                break;
            }
            j = k;
        }
        if (lettersFrom >= 0 && (digits < MIN_DIGITS || digits - letterDigits < MIN_OTHER_DIGITS)) {
            // not a number written with look-alike letters: the run ends before the first of them, where it used to
            if (lettersFrom == 0) {
                segments = 0; // it started with one: no run, and end says how far it was read
                return false;
            }
            segments = lettersFrom;
            digits = digitsBeforeLetters;
            nonAscii = nonAsciiBeforeLetters;
            end = segEnd[segments - 1];
        }
        return segments > 0;
    }

    /**
     * Where the run starting with the ASCII digit at {@code i} ends, when it holds ASCII digits only
     * (groups joined by separators, followed by nothing a numeral or number word could start): such a
     * run is never rewritten, so the caller skips it without {@link #parse}. Ends where parse would.
     * Notes the run's digit groups in the text's {@link NormalizedText#digitRuns}, and the separators between them
     * the address scanner may anchor on in its {@link NormalizedText#anchors}, as it reads them.
     *
     * @return the end of the run, or -1 when a numeral, a letter that may start a number word or a letter glued
     *     to it that looks like a digit joins it, so only {@link #parse} can tell; then nothing is noted
     */
    static int asciiRunEnd(NormalizedText t, int i) {
        char[] c = t.chars;
        int n = t.length;
        int[] runs = t.digitRuns;
        int[] ends = t.digitRunEnds;
        int noted = t.digitRunCount;
        int[] anchors = t.anchors;
        int anchored = t.anchorCount;
        if (i == 0 || !Chars.isDigit(c[i - 1])) {
            runs[noted++] = i;
        }
        int j = i;
        for (int segments = 1; ; segments++) {
            while (j < n && Chars.isDigit(c[j])) {
                j++;
            }
            int end = j;
            ends[noted - 1] = end;
            int k = segments == MAX_SEGMENTS ? n : afterSeparators(c, end, n);
            char x = k < n ? c[k] : 0;
            if (k < n && (chineseDigit(x) >= 0 || (k > end ? mayStart(x) && Chars.isLetter(x) : looksLikeDigit(x)))) {
                return -1;
            }
            if (k >= n || k == end || !Chars.isDigit(x)) {
                t.digitRunCount = noted;
                t.anchorCount = anchored; // the separators after the run are not its own: pass two reads them next
                return end;
            }
            for (int q = end; q < k; q++) {
                if ((KIND[c[q]] & ANCHOR) != 0) {
                    anchors[anchored++] = q; // 3.25, 8.985.217: a dot between two groups
                }
            }
            runs[noted++] = k; // after a separator: a group of its own
            j = k;
        }
    }

    /**
     * How far reading a run that ends at {@code end} looked: at most two separators after it, the char after them,
     * the word that char starts, and the first char of a group after that word (which tells a unit from a digit).
     *
     * @return an index past every char {@link #parse} or {@link #asciiRunEnd} read to find that end
     */
    static int readEnd(char[] c, int end, int n) {
        int k = afterSeparators(c, end, n);
        if (k >= n || !Chars.isWordChar(c[k])) {
            return Math.min(n, k + 1);
        }
        return Math.min(n, afterSeparators(c, wordCharsEnd(c, k, n), n) + 1);
    }

    /**
     * Where the next token of a run may start after {@code k}: past at most two separator chars, or past a dash with a
     * space on either side ({@code five five five - zero one two three}).
     */
    private static int afterSeparators(char[] c, int k, int n) {
        int q = k;
        while (q < n && q - k < 2 && Chars.isSeparator(c[q])) {
            q++;
        }
        if (q - k == 2 && q < n && c[q] == ' ' && c[k] == ' ' && c[k + 1] == '-') {
            q++;
        }
        return q;
    }

    /** Reads one token at {@code j}; returns the index after it, or {@code j} when none starts there. */
    private int token(char[] c, int j, int n) {
        char ch = c[j];
        if (Chars.isDigit(ch) || looksLikeDigit(ch)) {
            int k = lookAlikeTokenEnd(c, j, n);
            if (k > j) {
                return addLookAlikeToken(c, j, k);
            }
            if (Chars.isDigit(ch)) {
                return digitsToken(c, j, n);
            }
        }
        int cn = chineseDigit(ch);
        if (cn >= 0) {
            int k = j;
            // one segment per numeral; the bound is set before the loop, as C2 deoptimizes pass two when a bound
            // it predicated on the run's first numerals fails
            int last = Math.min(n, j + MAX_SEGMENTS - segments);
            while (k < last && (cn = chineseDigit(c[k])) >= 0) {
                add(k, k + 1, cn, 1);
                k++;
            }
            nonAscii = true;
            return k;
        }
        if (!Chars.isLetter(ch) || (j > 0 && Chars.isLetter(c[j - 1]))) {
            return j;
        }
        int w = Chars.lettersEnd(c, j, n);
        int code = WORDS.get(c, j, w);
        if (code < 0) {
            return j;
        }
        int value = code >> 3;
        int kind = code & 7;
        if (kind == INNER) {
            if (segments == 0) {
                return j; // "oh" starts no number: "Oh, 5 stars!"
            }
            kind = 1;
        }
        int k = w;
        // Russian compound numbers: сто двадцать три = 123, сорок два = 42.
        if (kind == 4 || kind == 3) {
            int[] more = {k, value, kind};
            value = extend(c, n, more, kind == 4 ? 3 : 1);
            k = more[0];
        }
        int len = kind == 4 ? 3 : kind == 1 ? 1 : 2;
        add(j, k, value, len);
        nonAscii = true;
        return k;
    }

    /** Adds the ASCII digits from {@code j} on, before {@code n}, as one segment; returns the index after them. */
    private int digitsToken(char[] c, int j, int n) {
        int k = j;
        while (k < n && Chars.isDigit(c[k])) {
            k++;
        }
        add(j, k, -1, k - j);
        return k;
    }

    /** Whether {@code c}, lower-cased, is a letter a number may be written with ({@code o}, {@code l}, {@code i}, {@code о}). */
    static boolean looksLikeDigit(char c) {
        return (KIND[c] & LOOKS_LIKE_DIGIT) != 0;
    }

    /**
     * The end of the token at {@code j} when it is letters that look like digits, with ASCII digits ({@code 138oo138ooo},
     * {@code oo13}, {@code l38}) or four of them at least ({@code oloo}), and no other letter glued to it; else {@code j}.
     * An {@code l} after the digits, with no group of digits after it, is a unit ({@code 1000l}), so it does not count.
     * After a letter, a digit, {@code @} or {@code _} the token is part of a name ({@code @555oo}, {@code lily_138oo}).
     */
    private static int lookAlikeTokenEnd(char[] c, int j, int n) {
        if (j > 0 && (Chars.isWordChar(c[j - 1]) || c[j - 1] == '@' || c[j - 1] == '_')) {
            return j;
        }
        int k = j;
        int digits = 0;
        for (char x; k < n && (Chars.isDigit(x = c[k]) || looksLikeDigit(x)); k++) {
            digits += Chars.isDigit(x) ? 1 : 0;
        }
        int letters = k - j - digits;
        int next = afterSeparators(c, k, n);
        boolean unit = letters == 1 && c[k - 1] == 'l' && Chars.isDigit(c[j]) && !(next > k && next < n && Chars.isDigit(c[next]));
        return (digits > 0 || letters >= 4) && letters > 0 && !unit && (k == n || !Chars.isWordChar(c[k])) ? k : j;
    }

    /** Adds the token {@code c[j, k)} of digits and look-alike letters, a segment for each letter; returns {@code k}. */
    private int addLookAlikeToken(char[] c, int j, int k) {
        int q = j;
        while (q < k && segments < MAX_SEGMENTS - 1) {
            if (Chars.isDigit(c[q])) {
                q = digitsToken(c, q, k);
            } else {
                if (lettersFrom < 0) {
                    // the digits before the first such letter are read as they always were, should the run not hold
                    lettersFrom = segments;
                    digitsBeforeLetters = digits;
                    nonAsciiBeforeLetters = nonAscii;
                }
                add(q, q + 1, LOOK_ALIKE_VALUES.charAt(LOOK_ALIKE_DIGITS.indexOf(c[q])) - '0', 1);
                letterDigits++;
                q++;
            }
        }
        nonAscii = true;
        return q;
    }

    /** Adds following tens or units words of a compound; more = {end, value, kind}. */
    private static int extend(char[] c, int n, int[] more, int allowedKinds) {
        int value = more[1];
        int smallest = more[2];
        while (more[0] + 1 < n && c[more[0]] == ' ' && Chars.isLetter(c[more[0] + 1])) {
            int s = more[0] + 1;
            int w = Chars.lettersEnd(c, s, n);
            int code = WORDS.get(c, s, w);
            if (code < 0) {
                break;
            }
            int kind = code & 7;
            boolean fits = (smallest == 4 && (kind == 3 || kind == 2 || kind == 1)) || (smallest == 3 && kind == 1);
            if (!fits) {
                break;
            }
            value += code >> 3;
            smallest = kind == 2 ? 1 : kind;
            more[0] = w;
            if (kind == 1 || kind == 2) {
                break;
            }
        }
        return value;
    }

    private static int wordCharsEnd(char[] c, int j, int n) {
        int k = j;
        while (k < n && Chars.isWordChar(c[k])) {
            k++;
        }
        return k;
    }

    private void add(int s, int e, int value, int len) {
        segStart[segments] = s;
        segEnd[segments] = e;
        segValue[segments] = value;
        segDigits[segments] = len;
        segments++;
        digits += len;
    }

    boolean convertible() {
        return nonAscii && digits >= MIN_DIGITS;
    }

    /** Writes the run as digits, keeping the separators between tokens. */
    void emit(NormalizedText in, NormalizedText out) {
        int prevEnd = segStart[0];
        for (int s = 0; s < segments; s++) {
            out.appendRange(in, prevEnd, segStart[s]);
            if (segValue[s] < 0) {
                out.appendRange(in, segStart[s], segEnd[s]);
            } else {
                int from = in.sourceStart(segStart[s]);
                int to = in.sourceEnd(segEnd[s]);
                String v = Integer.toString(segValue[s]);
                while (v.length() < segDigits[s]) {
                    v = "0" + v;
                }
                for (int k = 0; k < v.length(); k++) {
                    out.append(v.charAt(k), from, to);
                }
            }
            prevEnd = segEnd[s];
        }
    }
}
