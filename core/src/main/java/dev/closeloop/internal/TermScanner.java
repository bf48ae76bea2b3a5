package dev.closeloop.internal;

/**
 * Reads a normalized text once through the lexicon's automaton and records every term occurrence
 * whose edges sit on word boundaries.
 *
 * <p>At each position the scanner offers the automaton every symbol the char can stand for: the
 * char itself, each pinyin syllable of a Hanzi, the letter a leet digit replaces inside a word.
 * It keeps the set of automaton states those choices lead to (at most {@value #MAX_STATES}), so
 * polyphonic characters cost a few lookups, not a second pass. A letter repeated three times or
 * more and a run of separators are read once; a separator between two Hanzi is skipped.
 * Stateless; one call per message.
 */
final class TermScanner {
    static final int MAX_STATES = 8;
    /** How many symbols back a match can start; the lexicon rejects longer terms. */
    static final int RING = 64;

    private TermScanner() {}

    /** Per-thread working arrays, so a scan allocates nothing. */
    static final class Scratch {
        final int[] states = new int[MAX_STATES];
        final int[] next = new int[MAX_STATES];
        final int[] symbols = new int[Lexicon.MAX_ALTERNATIVES + 2];
        final int[] fedAt = new int[RING];
        /** Whether the last scan met an {@code @}, read where it costs nothing: @ is one of the leet chars. */
        boolean sawAt;
    }

    static void scan(Lexicon lex, NormalizedText text, TermHits hits, Scratch scratch) {
        hits.clear();
        text.ensure(1);
        char[] c = text.chars;
        int n = text.length;
        c[n] = 0; // a char past the end that no letter equals, so the stretch test needs no bounds test
        TermAutomaton a = lex.automaton;
        // what every char reads, in locals: the report calls would make the JIT reload fields each char
        short[] codes = lex.codes();
        int firstOutput = a.firstOutput;
        int[] states = scratch.states;
        int[] nextStates = scratch.next;
        int[] symbols = scratch.symbols;
        int[] fedAt = scratch.fedAt;
        int state = TermAutomaton.ROOT; // the only state while count is 1, kept in a register rather than in states[0]
        int count = 1;
        int fed = 0;
        int lastSymbol = -1;
        boolean sawAt = false;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch == prev && c[i + 1] == ch && Chars.isLetter(ch)) {
                // the second of a letter written three times or more: the stretch reads as one letter (whaaatsapp)
                while (c[i + 1] == ch) {
                    i++;
                }
                continue;
            }
            int code = codes[ch];
            // one symbol, one state to step: most chars; a leet char stands for a letter only after one, a separator
            // is skipped only after another or between two Hanzi (prev is the char before, past the end of a stretch)
            boolean single = code > Lexicon.LAST_LEET || code > Lexicon.AT && !Chars.isLatin(prev)
                    || code == Lexicon.SEP && lastSymbol != Lexicon.SEP && !Chars.isHan(prev);
            prev = ch;
            if (single && count == 1) {
                lastSymbol = code;
                fedAt[fed & (RING - 1)] = i;
                fed++;
                state = a.next(state, code);
                if (state >= firstOutput) {
                    report(lex, a, state, c, n, i, fed, fedAt, hits);
                }
                continue;
            }
            int k = 1;
            if (code == Lexicon.SEP) {
                if (lastSymbol == Lexicon.SEP || (i > 0 && i + 1 < n && Chars.isHan(c[i - 1]) && Chars.isHan(c[i + 1]))) {
                    continue;
                }
            } else if (code < Lexicon.SEP) {
                // a Hanzi: itself when a term uses it as written, and the syllables terms use
                k = lex.alternativeCount(code);
                for (int r = 0, from = lex.alternativesFrom(code); r < k; r++) {
                    symbols[r] = lex.alternative(from + r);
                }
            } else if (code <= Lexicon.LAST_LEET) {
                // a digit or sign that may stand for a letter between letters: 0 for o, 1 for i or l, @ for a
                sawAt |= ch == '@';
                if (i > 0 && i + 1 < n && Chars.isLatin(c[i - 1]) && Chars.isLatin(c[i + 1])) {
                    symbols[0] = code;
                    symbols[k++] = lex.leet[ch];
                    if (ch == '1') {
                        symbols[k++] = lex.leetL;
                    }
                }
            }
            lastSymbol = k == 1 ? code : -1;
            fedAt[fed & (RING - 1)] = i;
            fed++;
            if (k == 1 && count == 1) {
                state = a.next(state, code);
                if (state >= firstOutput) {
                    report(lex, a, state, c, n, i, fed, fedAt, hits);
                }
                continue;
            }
            if (k == 1) {
                symbols[0] = code;
            }
            if (count == 1) {
                states[0] = state;
            }
            count = advance(a, states, count, symbols, k, nextStates);
            if (count == 0) {
                count = 1;
                state = TermAutomaton.ROOT;
                continue;
            }
            for (int s = 0; s < count; s++) {
                int t = nextStates[s];
                states[s] = t;
                if (t >= firstOutput) {
                    report(lex, a, t, c, n, i, fed, fedAt, hits);
                }
            }
            state = states[0];
        }
        scratch.sawAt = sawAt;
    }

    /** Records the terms that end in state {@code t} at char {@code i} and sit on word boundaries. */
    private static void report(Lexicon lex, TermAutomaton a, int t, char[] c, int n, int i, int fed, int[] fedAt, TermHits hits) {
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

    /** Steps every state with every symbol; returns how many distinct non-root states result, at most {@value #MAX_STATES}. */
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
                if (!dup && m < MAX_STATES) {
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
