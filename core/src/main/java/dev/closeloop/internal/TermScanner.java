package dev.closeloop.internal;

/**
 * Reads a normalized text once through the lexicon's automaton and records every term occurrence
 * whose edges sit on word boundaries.
 *
 * <p>A Hanzi that stands for several symbols (itself, its syllables) is one group symbol, whose
 * transition leads to the state for all the states its symbols lead to (see {@link StateSets}), so
 * the scanner follows one state per char ({@link #run}). A leet digit between two letters, which
 * stands for itself and a letter, and an {@code @}, which the scan notes, are read by
 * {@link #general}, with the set of states they open, for as long as more than one is open; so is
 * a char whose set of states got no state of its own (see {@link TermAutomaton#SEVERAL}). A
 * letter repeated three times or more and a run of separators are read once; a separator between
 * two Hanzi is skipped. A char read at the root that no term starts with (most Hanzi, many digits
 * and separators), or that would start a match inside a word, takes no transition. Stateless; one
 * call per message.
 */
final class TermScanner {
    /** How many symbols back a match can start; the lexicon rejects longer terms. */
    static final int RING = 64;

    private TermScanner() {}

    /**
     * Per-thread working arrays, so a scan allocates nothing, and where the scan is (state, symbols fed)
     * while {@link #general} reads or a hit is reported, so the single-state loop keeps few values live.
     */
    static final class Scratch {
        final int[] states = new int[StateSets.MAX_STATES];
        final int[] next = new int[StateSets.MAX_STATES];
        final int[] symbols = new int[Lexicon.MAX_ALTERNATIVES + 2];
        final int[] fedAt = new int[RING];
        /** Whether the last scan met an {@code @}, read where it costs nothing: @ is one of the leet chars. */
        boolean sawAt;
        Lexicon lex;
        TermHits hits;
        int state;
        int fed;
    }

    static void scan(Lexicon lex, NormalizedText text, TermHits hits, Scratch s) {
        int n = start(lex, text, hits, s);
        char[] c = text.chars;
        short[] codes = lex.codes();
        byte[] quiet = lex.quietAtRoot();
        for (int i = 0; i < n; ) {
            int stop = run(codes, quiet, lex.automaton, s, c, n, i);
            if (stop == n) {
                break;
            }
            if (stop >= 0) {
                i = general(s, c, n, stop) + 1;
            } else {
                report(lex, lex.automaton, s.state, c, n, ~stop, s.fed, s.fedAt, hits);
                i = ~stop + 1;
            }
        }
    }

    /**
     * Readies {@code s} for a scan of {@code text} from its first char.
     *
     * @return the text's length
     */
    static int start(Lexicon lex, NormalizedText text, TermHits hits, Scratch s) {
        hits.clear();
        text.ensure(1);
        text.chars[text.length] = 0; // a char past the end that no letter equals, so look-aheads need no bounds test
        s.lex = lex;
        s.hits = hits;
        s.sawAt = false;
        s.state = TermAutomaton.ROOT;
        s.fed = 0;
        return text.length;
    }

    /**
     * Steps the state over the chars from {@code from} on for as long as each leads to one state: a letter, a sign,
     * a char no term uses, read from the dense rows; a leet char other than {@code @} unless it stands between two
     * Latin letters; a separator, unless it follows another or stands between two Hanzi (then it is skipped); a
     * Hanzi, as written, as its syllable or as its group, by the sparse symbols' lookup, whose bit test is small
     * enough for the JIT to inline, so the loop keeps its values in registers.
     *
     * @return {@code n} at the end of the text; the index of a char this loop does not take (a leet char between
     *     letters, an {@code @}, a char that leads to {@link TermAutomaton#SEVERAL}); or the complement
     *     ({@code ~i}) of the index of a char after which a term may end, to be reported
     */
    private static int run(short[] codes, byte[] quiet, TermAutomaton a, Scratch s, char[] c, int n, int from) {
        char[] dense = a.denseRows();
        int firstOutput = a.firstOutput;
        int state = s.state;
        int fed = s.fed;
        int[] fedAt = s.fedAt;
        char prev = from > 0 ? c[from - 1] : 0; // the char before, which is also the char before a stretch's end
        int stop = n;
        for (int i = from; i < n; i++) {
            char ch = c[i];
            if (state == TermAutomaton.ROOT && (quiet[ch] & Lexicon.quietAfter(quiet[prev])) != 0) {
                // no match is open and none starts here that the scan would keep (none starts inside a word): the state
                // needs no transition, which would wait on a load
                prev = ch;
                continue;
            }
            if (ch == prev && c[i + 1] == ch && Chars.isLetter(ch)) {
                i = stretchEnd(c, i); // the second of a letter written three times or more: the stretch reads as one letter
                continue;
            }
            int code = codes[ch];
            if (code == Lexicon.SEP && skipsSeparator(codes, prev, c[i + 1])) {
                prev = ch;
                continue;
            }
            if (code <= Lexicon.LAST_LEET && code > Lexicon.SEP
                    && (code == Lexicon.AT || Chars.isLatin(prev) && Chars.isLatin(c[i + 1]))) {
                stop = i; // a digit or sign between letters (0 for o, 1 for i or l, @ for a), or an @, which general notes
                break;
            }
            int target = code < Lexicon.DENSE_SYMBOLS ? dense[state * Lexicon.DENSE_SYMBOLS + code] : a.sparseNext(state, code);
            if (target == TermAutomaton.SEVERAL) {
                stop = i; // a set of states the automaton has no state for
                break;
            }
            prev = ch;
            fedAt[fed & (RING - 1)] = i;
            fed++;
            state = target;
            // a term ends here; unless one may run on into more letters, only where the word ends (a stretch goes on)
            if (state >= firstOutput && (c[i + 1] == ch || !Chars.joins(ch, c[i + 1]) || s.lex.prefixEndsAt(state))) {
                stop = ~i;
                break;
            }
        }
        s.state = state;
        s.fed = fed;
        return stop;
    }

    /**
     * Reads the char at {@code i} with every symbol it stands for, and the chars after it for as long as more
     * than one trie state is open; the state the scan is in is in {@code s}, a combined state read as the trie
     * states it stands for. This takes any char: the scan calls it for the chars {@link #run} does not take.
     *
     * @return the index of the last char read
     */
    static int general(Scratch s, char[] c, int n, int i) {
        Lexicon lex = s.lex;
        TermAutomaton a = lex.automaton;
        short[] codes = lex.codes();
        int[] states = s.states;
        int[] nextStates = s.next;
        int[] symbols = s.symbols;
        int[] fedAt = s.fedAt;
        int firstOutput = a.firstOutput;
        int[] open = a.combinedMembers(s.state);
        int count = open == null ? 1 : open.length;
        if (open == null) {
            states[0] = s.state;
        } else {
            System.arraycopy(open, 0, states, 0, count);
        }
        int fed = s.fed;
        do {
            char ch = c[i];
            if (i > 0 && ch == c[i - 1] && c[i + 1] == ch && Chars.isLetter(ch)) {
                i = stretchEnd(c, i);
                continue;
            }
            int code = codes[ch];
            int k = 1;
            int[] group;
            if (code == Lexicon.SEP) {
                if (i > 0 && skipsSeparator(codes, c[i - 1], c[i + 1])) {
                    continue;
                }
            } else if (code <= Lexicon.LAST_LEET) {
                // a digit or sign that may stand for a letter between letters: 0 for o, 1 for i or l, @ for a
                s.sawAt |= ch == '@';
                if (i > 0 && Chars.isLatin(c[i - 1]) && Chars.isLatin(c[i + 1])) {
                    symbols[0] = code;
                    symbols[k++] = lex.leet[ch];
                    if (ch == '1') {
                        symbols[k++] = lex.leetL;
                    }
                }
            } else if ((group = a.groupMembers(code)) != null) {
                // a Hanzi: itself when a term uses it as written, and the syllables terms use
                k = group.length;
                System.arraycopy(group, 0, symbols, 0, k);
            }
            fedAt[fed & (RING - 1)] = i;
            fed++;
            if (k == 1) {
                symbols[0] = code;
            }
            count = advance(a, states, count, symbols, k, nextStates);
            if (count == 0) {
                count = 1;
                states[0] = TermAutomaton.ROOT;
                continue;
            }
            for (int t = 0; t < count; t++) {
                int state = nextStates[t];
                states[t] = state;
                if (state >= firstOutput) {
                    report(lex, a, state, c, n, i, fed, fedAt, s.hits);
                }
            }
        } while (count > 1 && ++i < n);
        s.state = states[0];
        s.fed = fed;
        return Math.min(i, n - 1);
    }

    /** The last index of the stretch of one letter that goes on after {@code i} ({@code c} ends in a char no letter equals). */
    private static int stretchEnd(char[] c, int i) {
        char ch = c[i];
        while (c[i + 1] == ch) {
            i++;
        }
        return i;
    }

    /**
     * Whether a separator is read as nothing: after another one, or between two Hanzi ({@code 微 信}). The char before
     * tells whether the last symbol read was a separator, so the loops keep no value for it: separators are quiet at
     * the root, so where one is read with a match open, the char before it was read as well, as a symbol or as a
     * separator skipped after another.
     */
    private static boolean skipsSeparator(short[] codes, char before, char after) {
        return codes[before] == Lexicon.SEP || Chars.isHan(before) && Chars.isHan(after);
    }

    /** Records the terms that end in state {@code t} at char {@code i} and sit on word boundaries. */
    static void report(Lexicon lex, TermAutomaton a, int t, char[] c, int n, int i, int fed, int[] fedAt, TermHits hits) {
        char ch = c[i];
        int end = i + 1;
        while (end < n && c[end] == ch && Chars.isLetter(ch)) {
            end++; // the repeats the scanner will skip belong to this match
        }
        for (int o = a.outputsFrom(t), to = a.outputsTo(t); o < to; o++) {
            int len = a.outputLength(o);
            if (len > fed) {
                continue;
            }
            int start = fedAt[(fed - len) & (RING - 1)];
            int id = a.outputTerm(o);
            if (onBoundaries(c, n, start, end, lex.isPrefix(id))) {
                hits.add(id, lex.kindOf(id), start, end);
            }
        }
    }

    /** Steps every state with every symbol; returns how many distinct non-root states result, at most {@value StateSets#MAX_STATES}. */
    private static int advance(TermAutomaton a, int[] states, int count, int[] symbols, int k, int[] next) {
        int m = 0;
        for (int s = 0; s < count; s++) {
            for (int y = 0; y < k; y++) {
                int t = a.next(states[s], symbols[y]);
                if (t == TermAutomaton.ROOT) {
                    continue;
                }
                boolean dup = false;
                for (int z = 0; z < m; z++) {
                    dup |= next[z] == t;
                }
                if (!dup && m < StateSets.MAX_STATES) {
                    next[m++] = t;
                }
            }
        }
        return m;
    }

    private static boolean onBoundaries(char[] c, int n, int start, int end, boolean prefix) {
        char first = c[start];
        if (start > 0 && Chars.joins(c[start - 1], first)) {
            return false;
        }
        return prefix || end >= n || !Chars.joins(c[end - 1], c[end]);
    }
}
