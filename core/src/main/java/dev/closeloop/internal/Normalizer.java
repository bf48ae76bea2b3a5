package dev.closeloop.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds a message once into the form every detector reads, keeping the offset map back to the
 * original (see {@link NormalizedText}).
 *
 * <p>Pass one works per code point: compatibility forms (full-width, circled, mathematical,
 * Kangxi radicals) to their plain letters and digits, traditional Hanzi to simplified ({@code 聯繫} → {@code 联系}),
 * lower case, any decimal digit to ASCII,
 * ideographic punctuation to ASCII, hearts to ❤, a pictograph that stands for a word to the word ({@link
 * PictographWords}: 🐧 → 企鹅, ☎ → 电话), other pictographs and controls to a space, runs of
 * white space to one space; format characters, variation selectors and combining marks are dropped.
 *
 * <p>Pass two works per word: look-alike letters of another script folded into the word's own
 * script ({@code wеchat} with a Cyrillic е), number runs written with Chinese numerals or number
 * words converted to digits ({@code 一五零…}, {@code six four six}, {@code восемь 916 четыреста два}),
 * and words spelled out letter by letter joined ({@code W.h.a.t.s.A.p.p}).
 *
 * <p>Stateless and thread-safe; the tables are built once per JVM.
 */
public final class Normalizer {
    /** What each char of the BMP folds to: itself when kept as is, {@link #DROP}, or {@link #SPECIAL}. */
    private static final char[] FOLD = new char[65536];
    /** Code points that fold to several digits, such as ⑩ → "10". */
    private static final Map<Integer, String> DIGIT_EXPANSIONS = new HashMap<>();
    /** Marks chars that are dropped; {@value #FOLDS} writes it as their target. */
    static final char DROP = '\uffff';
    /** Marks chars pass one must look at closely: surrogates and signs that stand for several digits. */
    private static final char SPECIAL = '\ufffe';
    static final char HEART = '\u2764';
    /** The data file that says what {@link #FOLD} holds; its header describes it. */
    static final String FOLDS = "fold.tsv";
    /** The data file of traditional Hanzi and the simplified ones {@link #FOLD} holds for them; its header describes it. */
    static final String TRADITIONAL = "traditional.tsv";

    static {
        readFolds(Resources.bytes(FOLDS), FOLD, DIGIT_EXPANSIONS);
        readTraditional(Resources.bytes(TRADITIONAL), FOLD);
        for (int c = 0xD800; c <= 0xDFFF; c++) {
            FOLD[c] = SPECIAL;
        }
        for (int c : DIGIT_EXPANSIONS.keySet()) {
            FOLD[c] = SPECIAL;
        }
        for (int c : PictographWords.INSTANCE.inBasicPlane()) {
            FOLD[c] = SPECIAL;
        }
        FOLD[SPECIAL] = SPECIAL; // the two noncharacters the table uses as marks are kept by the special path
        FOLD[DROP] = SPECIAL;
    }

    private Normalizer() {}

    /**
     * Fills a fold table and the chars that fold to several digits from the bytes of {@value #FOLDS}, which
     * {@code FoldTableTest} checks against the JDK's Unicode data. The table is data rather than asked of the JDK's
     * NFKC char by char, which took 40-80 ms of a fresh JVM's first checker; the bytes are parsed here rather than
     * split into strings, since this runs once, interpreted.
     *
     * @throws IllegalStateException when a line of the file is damaged
     */
    static void readFolds(byte[] data, char[] fold, Map<Integer, String> expansions) {
        for (int c = 0; c < fold.length; c++) {
            fold[c] = (char) c;
        }
        for (int at = 0; at < data.length; ) {
            int end = at;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            int lineEnd = end > at && data[end - 1] == '\r' ? end - 1 : end; // a checkout may have written CR LF
            if (lineEnd > at && data[at] != '#') {
                readFold(data, at, lineEnd, fold, expansions);
            }
            at = end + 1;
        }
    }

    /**
     * Folds each traditional Hanzi of {@value #TRADITIONAL} to its simplified form in {@code fold}, which holds the folds
     * of {@value #FOLDS}, and so the compatibility ideographs and radicals that fold to a traditional one. Terms are
     * written in simplified characters, and this makes each match its traditional spelling too: 聯繫 reads as 联系.
     * Every Hanzi of the file takes three bytes in UTF-8, so a line is read from its bytes without decoding the file,
     * since this runs once, interpreted.
     *
     * @throws IllegalStateException when a line is not a Hanzi, a tab and another Hanzi
     */
    static void readTraditional(byte[] data, char[] fold) {
        for (int at = 0; at < data.length; ) {
            int end = at;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            int lineEnd = end > at && data[end - 1] == '\r' ? end - 1 : end;
            if (lineEnd > at && data[at] != '#') {
                boolean pair = lineEnd - at == 7 && data[at + 3] == '\t';
                char traditional = pair ? hanzi(data, at) : 0;
                char simplified = pair ? hanzi(data, at + 4) : 0;
                if (!Chars.isHan(traditional) || !Chars.isHan(simplified) || traditional == simplified) {
                    throw new IllegalStateException(TRADITIONAL + " is damaged at '"
                            + new String(data, at, lineEnd - at, StandardCharsets.UTF_8)
                            + "': each line holds a traditional Hanzi, a tab and the other, simplified Hanzi it folds to.");
                }
                fold[traditional] = simplified;
            }
            at = end + 1;
        }
        for (int c = 0x2E80; c <= 0x2FDF; c++) {
            fold[c] = fold[fold[c]]; // radicals fold to Hanzi, or to themselves
        }
        for (int c = 0xF900; c <= 0xFAFF; c++) {
            fold[c] = fold[fold[c]]; // compatibility ideographs fold to Hanzi, or to themselves
        }
    }

    /** The char of the three-byte UTF-8 sequence at {@code data[at]}, or 0 when it is none. */
    private static char hanzi(byte[] data, int at) {
        int b0 = data[at] & 0xFF;
        int b1 = data[at + 1] & 0xFF;
        int b2 = data[at + 2] & 0xFF;
        if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) {
            return 0;
        }
        return (char) ((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F);
    }

    /** Reads the line {@code data[from, to)}: the first and the last char of a range, then =XXXX, +N, -N or >DIGITS. */
    private static void readFold(byte[] data, int from, int to, char[] fold, Map<Integer, String> expansions) {
        int op = from + 10;
        if (to - from < 12 || data[from + 4] != '\t' || data[from + 9] != '\t') {
            throw damaged(data, from, to);
        }
        int first = hex(data, from, to, from);
        int last = hex(data, from + 5, to, from);
        if (first > last) {
            throw damaged(data, from, to);
        }
        byte kind = data[op];
        if (kind == '=' && to - op == 5) {
            char target = (char) hex(data, op + 1, to, from);
            for (int c = first; c <= last; c++) {
                fold[c] = target;
            }
        } else if (kind == '+' || kind == '-') {
            int delta = (kind == '-' ? -1 : 1) * Integer.parseInt(digits(data, op + 1, to, from));
            for (int c = first; c <= last; c++) {
                fold[c] = (char) (c + delta);
            }
        } else if (kind == '>') {
            String digits = digits(data, op + 1, to, from);
            for (int c = first; c <= last; c++) {
                expansions.put(c, digits);
            }
        } else {
            throw damaged(data, from, to);
        }
    }

    /** The four hex digits at {@code data[at]}, before {@code to}, of the line that starts at {@code line}. */
    private static int hex(byte[] data, int at, int to, int line) {
        int value = 0;
        for (int k = at; k < at + 4; k++) {
            int digit = k < to ? Character.digit(data[k], 16) : -1;
            if (digit < 0) {
                throw damaged(data, line, to);
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /** The ASCII digits {@code data[at, to)}, at least one and at most five, of the line that starts at {@code line}. */
    private static String digits(byte[] data, int at, int to, int line) {
        if (to <= at || to - at > 5) {
            throw damaged(data, line, to);
        }
        for (int k = at; k < to; k++) {
            if (data[k] < '0' || data[k] > '9') {
                throw damaged(data, line, to);
            }
        }
        return new String(data, at, to - at, StandardCharsets.US_ASCII);
    }

    private static IllegalStateException damaged(byte[] data, int from, int to) {
        return new IllegalStateException(FOLDS + " is damaged at '" + new String(data, from, to - from, StandardCharsets.UTF_8)
                + "': each line holds the first and last char of a range (4 hex digits each), then =XXXX, +N, -N or >DIGITS,"
                + " separated by tabs.");
    }

    /** Folds a supplementary code point: mathematical letters and digits, hearts; other pictographs become a space. */
    private static int foldSupplementary(int cp) {
        if (cp >= 0x1D400 && cp <= 0x1D7FF) {
            String n = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
            return n.length() == 1 ? Character.toLowerCase(n.charAt(0)) : ' ';
        }
        if ((cp >= 0x1F493 && cp <= 0x1F49F) || (cp >= 0x1F9E1 && cp <= 0x1F9E1) || (cp >= 0x1F90D && cp <= 0x1F90E)
                || cp == 0x1F5A4 || cp == 0x1FA75 || cp == 0x1FA76 || cp == 0x1FA77) {
            return HEART;
        }
        if (cp >= 0x1F3FB && cp <= 0x1F3FF || cp >= 0xE0000 && cp <= 0xE01EF) {
            return DROP;
        }
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return '0' + Character.digit(cp, 10);
        }
        if (Character.isLetter(cp)) {
            return cp; // kept: a letter of a script outside the BMP
        }
        return ' ';
    }

    /**
     * Normalizes {@code text} into {@code out}, using {@code scratch} for the intermediate pass.
     *
     * @param text the original text
     * @param scratch a reusable buffer for pass one
     * @param out the buffer that receives the normalized text and offset map
     */
    public static void normalize(String text, NormalizedText scratch, NormalizedText out) {
        normalize(text, scratch, out, new NumberRun());
    }

    static void normalize(String text, NormalizedText scratch, NormalizedText out, NumberRun run) {
        boolean mixed = foldCodePoints(text, scratch) && foldLookAlikes(scratch);
        rewriteTokens(scratch, out, run);
        if (mixed) {
            // a Cyrillic с inside a word that mixes scripts may anchor an address (nameсобака…): pass two notes
            // anchors only where words start, so the address scanner reads every char of such a text
            out.anchorCount = -1;
        }
    }

    /**
     * Pass one; returns whether the text has Cyrillic or Greek letters, the only ones look-alike folding touches. Notes in
     * {@code out} whether the original may have Cyrillic chars, which a language guess would have to count.
     */
    static boolean foldCodePoints(String text, NormalizedText out) {
        int n = text.length();
        out.reset(n);
        out.ensure(n + 8);
        char[] src = out.source(n);
        text.getChars(0, n, src, 0);
        int lastSpace = 1;
        boolean foreign = false;
        boolean dropped = false;
        char[] oc = out.chars;
        int[] os = out.start;
        int[] oe = out.end;
        // Most texts fold one to one for a long way: until a char is dropped, collapsed or special, each lands at its own
        // index with an implicit span, so that stretch needs no count of its own and no span; every char after it gets one
        int i = 0;
        for (char mapped; i < n && (mapped = FOLD[src[i]]) < SPECIAL && (mapped != ' ' || lastSpace == 0); i++) {
            lastSpace = mapped == ' ' ? 1 : 0;
            foreign |= isGreekOrCyrillic(mapped);
            oc[i] = mapped;
        }
        int len = i;
        int implicit = i;
        // A kept, a folded and a space char take the same steps, the space tests written as arithmetic: only a second
        // space, a dropped char and the rare specials branch off, not every word's first letter and end.
        for (; i < n; i++) {
            char mapped = FOLD[src[i]];
            if (mapped >= SPECIAL) {
                if (mapped == DROP) {
                    dropped = true;
                    continue;
                }
                // surrogates and multi-digit numbers: rare, handled one by one with room to grow
                out.length = len;
                i = special(src, n, i, out);
                len = out.length;
                oc = out.chars;
                os = out.start;
                oe = out.end;
                lastSpace = len > 0 && oc[len - 1] == ' ' ? 1 : 0;
                continue;
            }
            int space = mapped == ' ' ? 1 : 0;
            if ((space & lastSpace) != 0) {
                continue;
            }
            lastSpace = space;
            foreign |= isGreekOrCyrillic(mapped);
            oc[len] = mapped;
            os[len] = i;
            oe[len] = i + 1;
            len++;
        }
        if (len > 0 && oc[len - 1] == ' ') {
            len--;
        }
        out.length = len;
        out.implicitSpans = Math.min(implicit, len);
        // a Cyrillic letter is kept or folded into its own block, or is a combining mark, which is dropped
        out.sourceMayHaveCyrillic = foreign || dropped;
        return foreign;
    }

    /** Whether a folded char lies in the Greek or Cyrillic blocks (U+0370–U+052F), one compare. */
    private static boolean isGreekOrCyrillic(char folded) {
        return (char) (folded - 0x370) < 0x530 - 0x370;
    }

    /**
     * Folds a surrogate pair, a lone surrogate, a multi-digit number sign, a pictograph that stands for a word or one of the
     * two noncharacters the fold table uses as marks at {@code i}, appending to {@code out}.
     *
     * @return the index of the last source char consumed
     */
    private static int special(char[] src, int n, int i, NormalizedText out) {
        char ch = src[i];
        boolean lastSpace = out.length > 0 && out.chars[out.length - 1] == ' ';
        if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(src[i + 1])) {
            int cp = Character.toCodePoint(ch, src[i + 1]);
            String word = PictographWords.INSTANCE.of(cp);
            if (word != null) {
                expand(word, i, i + 2, n, out);
                return i + 1;
            }
            int mapped = foldSupplementary(cp);
            if (mapped > 0xFFFF) {
                // a letter outside the BMP: keep both halves, each mapped to the pair
                out.ensure(2);
                out.append(ch, i, i + 2);
                out.append(src[i + 1], i, i + 2);
            } else if (mapped == ' ') {
                if (!lastSpace) {
                    out.append(' ', i, i + 2);
                }
            } else if (mapped != DROP) {
                out.append((char) mapped, i, i + 2);
            }
            return i + 1;
        }
        if (Character.isSurrogate(ch)) {
            if (!lastSpace) {
                out.append(' ', i, i + 1); // a lone surrogate: never valid text, read as a break
            }
            return i;
        }
        if (ch == SPECIAL || ch == DROP) {
            out.ensure(1);
            out.append(ch, i, i + 1); // the noncharacters the fold table uses as marks, kept as they are
            return i;
        }
        String word = PictographWords.INSTANCE.of(ch);
        expand(word != null ? word : DIGIT_EXPANSIONS.get((int) ch), i, i + 1, n, out);
        return i;
    }

    /**
     * Appends the chars one source char or pair, {@code [from, to)}, stands for, each spanning all of it, with room left
     * for the {@code n} source chars from {@code from} on, which pass one writes without a test.
     */
    private static void expand(String chars, int from, int to, int n, NormalizedText out) {
        out.ensure(chars.length() + n - from);
        for (int k = 0; k < chars.length(); k++) {
            out.append(chars.charAt(k), from, to);
        }
    }

    /**
     * Folds look-alike letters word by word.
     *
     * @return whether a word mixes Cyrillic letters with others (before folding), where a Cyrillic с inside
     *     the word may anchor an e-mail address ({@code nameсобака…})
     */
    static boolean foldLookAlikes(NormalizedText t) {
        char[] c = t.chars;
        int n = t.length;
        boolean mixed = false;
        for (int i = 0; i < n; ) {
            if (LookAlikes.scripts(c[i]) == 0) {
                i++;
                continue;
            }
            int j = i;
            int scripts = 0; // the script bits of the word's letters, one table read per letter
            int s;
            while (j < n && (s = LookAlikes.scripts(c[j])) != 0) {
                scripts |= s;
                j++;
            }
            // Cyrillic letters lie above U+0400, Latin and Greek ones below
            mixed |= (scripts & LookAlikes.CYRILLIC_LETTER) != 0 && (scripts & (LookAlikes.LATIN_LETTER | LookAlikes.GREEK_LETTER)) != 0;
            if ((scripts & (LookAlikes.CYRILLIC_LETTER | LookAlikes.GREEK_LETTER)) != 0) {
                // In an address (after or before '.' or '@') a word is Latin: сом in name.сом is com
                boolean address = i > 0 && (c[i - 1] == '.' || c[i - 1] == '@') || j < n && (c[j] == '.' || c[j] == '@');
                // a word without Latin letters is folded only in an address, and only when every letter has a Latin
                // look-alike: most Russian words before a full stop have a letter that has none
                boolean allLookAlike = (scripts & (LookAlikes.GREEK_LETTER | LookAlikes.NO_LATIN_LOOK_ALIKE)) == 0;
                if ((scripts & LookAlikes.LATIN_LETTER) != 0 || address && allLookAlike) {
                    foldWord(c, i, j, address);
                }
            }
            i = j;
        }
        return mixed;
    }

    /** Folds the letters of a word that mixes scripts, or a Cyrillic word in an address, into one script. */
    private static void foldWord(char[] c, int from, int to, boolean address) {
        boolean otherToLatin = true;
        boolean latinToCyrillic = true;
        boolean greek = false;
        int latin = 0;
        for (int k = from; k < to; k++) {
            char x = c[k];
            if (Chars.isLatin(x)) {
                latin++;
                latinToCyrillic &= LookAlikes.toCyrillic(x) != 0;
            } else {
                greek |= Chars.isGreek(x);
                otherToLatin &= LookAlikes.toLatin(x) != 0;
            }
        }
        int other = to - from - latin;
        if (latin == 0 && !(otherToLatin && !greek)) {
            return;
        }
        boolean toLatin = otherToLatin && (latin >= other || !latinToCyrillic || greek || address);
        for (int k = from; k < to; k++) {
            char x = c[k];
            if (toLatin && !Chars.isLatin(x)) {
                c[k] = LookAlikes.toLatin(x);
            } else if (!toLatin && latinToCyrillic && Chars.isLatin(x)) {
                c[k] = LookAlikes.toCyrillic(x);
            }
        }
    }

    /**
     * Pass two. Most texts have nothing to rewrite and hand their pass-one buffers over as they are;
     * in the others, the chars before a rewrite are copied when it is met, in one go, not token by token.
     *
     * <p>As it reads every char, pass two notes where the phone scanner may start (the digit runs) and where
     * the address scanner may anchor with a name before it: signs and Hanzi ({@code . @ ( 点}) as it passes
     * them, a word's first letter ({@code at}, {@code dot}) where the word starts, the dots between a number's
     * digit groups as the number is read; inside a word of one script no letter anchors.
     */
    private static void rewriteTokens(NormalizedText in, NormalizedText out, NumberRun run) {
        out.reset(in.originalLength);
        int copied = readTokens(in, out, run);
        if (copied < 0) {
            out.takeFrom(in);
        } else {
            out.appendRange(in, copied, in.length);
            // the rewritten text's offsets differ from pass one's: its runs and anchors are noted anew, from the first
            // rewrite on when the reading before it looked at nothing past it (see copyUpTo)
            readTokens(out, null, run);
        }
    }

    /**
     * Reads the tokens of {@code in} from {@link NormalizedText#notedBefore} on, noting its digit runs and anchors after
     * those noted before there, and, unless {@code out} is null, writes the rewrites to {@code out} with the chars before
     * them.
     *
     * @return how far {@code in} has been copied to {@code out}, or -1 when nothing was rewritten
     */
    static int readTokens(NormalizedText in, NormalizedText out, NumberRun run) {
        char[] c = in.chars;
        int n = in.length;
        int copied = -1; // how far in has been copied to out; -1 while nothing is rewritten
        int reach = 0; // the chars the reading so far has looked at lie before this index
        for (int i = in.notedBefore; i < n; ) {
            int kind = 0;
            while (i < n && (kind = NumberRun.tokenOrAnchor(c[i])) == 0) {
                i++;
            }
            if (i == n) {
                break;
            }
            if ((kind & NumberRun.TOKEN) == 0) {
                in.noteAnchor(i);
                i++;
                reach = i;
                continue;
            }
            char ch = c[i];
            int e = i + 1;
            boolean letter = Chars.isLetter(ch);
            if (letter) {
                while (e < n && Chars.isLetter(c[e])) {
                    e++; // nothing starts inside a word's letters; a digit after them starts the next token
                }
            }
            int plain = Chars.isDigit(ch) ? NumberRun.asciiRunEnd(in, i) : -1;
            if (plain >= 0) {
                i = plain; // ASCII digits only, as most numbers are: nothing to rewrite, no run to parse
                reach = plain + 3; // it looked past the run's end for a numeral or number word after two separators
                continue;
            }
            // a digit, a Chinese numeral, a number word or letters that look like digits before one start a number run
            boolean lookAlike = (kind & NumberRun.LOOKS_LIKE_DIGIT) != 0 && e < n && Chars.isDigit(c[e]);
            if ((!letter || lookAlike || NumberRun.mayStart(ch) && NumberRun.isWord(c, i, e)) && run.parse(c, i, n)) {
                if (out != null && run.convertible()) {
                    copyUpTo(in, out, copied, i, reach);
                    run.emit(in, out);
                    copied = run.end;
                }
                in.addDigitRuns(i, run.end);
                in.addAnchors(i, run.end);
                i = run.end;
                reach = NumberRun.readEnd(c, i, n);
                continue;
            }
            if (lookAlike) {
                // letters such as l or o that hold no number after all: neither a spelled-out word nor a spelled sign
                // starts with them, and the parse looked as far as the run they might have begun
                reach = Math.max(e + 1, NumberRun.readEnd(c, run.end, n));
                i = e;
                continue;
            }
            if (out != null && e == i + 1 && letter && (i == 0 || !Chars.isWordChar(c[i - 1])) && isSpelledOut(c, n, i)) {
                copyUpTo(in, out, copied, i, reach);
                i = joinSpelledOut(in, i, out);
                copied = i;
                continue;
            }
            if ((kind & NumberRun.ANCHOR) != 0 && AddressScanner.spellsSign(c, i, e)) {
                in.noteAnchor(i); // at, dot: spelled signs are words of their own
            }
            i = e;
            reach = e + 1;
        }
        return copied;
    }

    /**
     * Copies the chars of {@code in} from {@code copied} up to {@code upTo} into {@code out}. At the first rewrite
     * ({@code copied} -1), when the reading so far looked at nothing from {@code upTo} on ({@code reach}), the reading
     * of the rewritten text would find the same runs and anchors before it, in the same places: they are copied
     * too, and that reading starts at {@code upTo}.
     */
    private static void copyUpTo(NormalizedText in, NormalizedText out, int copied, int upTo, int reach) {
        if (copied < 0) {
            out.ensure(in.length + 8); // the rewritten text is about as long as this one: grow once
            out.appendRange(in, 0, upTo);
            if (reach <= upTo) {
                out.takeNotes(in, upTo);
            }
        } else {
            out.appendRange(in, copied, upTo);
        }
    }

    /** A single letter followed by a separator and another single letter: the start of {@code w e c h a t}. */
    private static boolean isSpelledOut(char[] c, int n, int i) {
        return i + 2 < n && !Chars.isWordChar(c[i + 1]) && isJoinable(c[i + 1]) && Chars.isLetter(c[i + 2])
                && (i + 3 >= n || !Chars.isWordChar(c[i + 3]));
    }

    /**
     * Joins a word spelled out one letter at a time ({@code w e c h a t}, {@code W.h.a.t.s.A.p.p}):
     * single letters separated by exactly one separator, at least two of them.
     *
     * @return the index after the spelled-out word, or {@code i} when there is none
     */
    private static int joinSpelledOut(NormalizedText in, int i, NormalizedText out) {
        char[] c = in.chars;
        int n = in.length;
        int letters = 0;
        int last = i;
        for (int j = i; j < n && Chars.isLetter(c[j]) && (j + 1 >= n || !Chars.isWordChar(c[j + 1])); j += 2) {
            letters++;
            last = j;
            if (j + 2 >= n || !isJoinable(c[j + 1])) {
                break;
            }
        }
        if (letters < 2) {
            return i;
        }
        int from = out.length;
        for (int k = i; k <= last; k += 2) {
            out.append(c[k], in.sourceStart(k), in.sourceEnd(k + 1));
        }
        // its letters were words of their own when look-alikes were folded: w h a t s а p p with a Cyrillic а
        foldWord(out.chars, from, out.length, false);
        return last + 1;
    }

    private static boolean isJoinable(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '|' || c == '/' || c == '~';
    }
}
