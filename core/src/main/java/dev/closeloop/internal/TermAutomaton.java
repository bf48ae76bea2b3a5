package dev.closeloop.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over symbol ids, in flat arrays. Symbols are chars, pinyin syllables
 * and a separator; a text position may offer several symbols at once (a polyphonic Hanzi, a leet
 * digit), so {@link TermScanner} walks it with a small set of states.
 *
 * <p>Immutable after {@link Builder#build()} and safe to share between threads.
 */
final class TermAutomaton {
    static final int ROOT = 0;

    private final int[] rootNext;
    /**
     * Full transitions for the first {@code denseSymbols} symbols: {@code dense[state * denseSymbols + symbol]};
     * chars, not ints, to keep the table in cache (a lexicon has far fewer than 65,536 states).
     */
    private final char[] dense;
    private final int denseSymbols;
    /**
     * The other transitions from states other than the root, where they lead elsewhere than the root's:
     * an open-addressing table keyed by {@code state << 15 | symbol}, so a syllable costs one probe,
     * not a walk along failure links.
     */
    private final int[] sparseKeys;
    /**
     * Per state, a bit for each symbol (modulo 64) the table holds an entry for: most states hold none, and
     * most lookups of a Hanzi after a state that does not continue with it end here, without a probe.
     */
    private final long[] sparseBits;
    private final char[] sparseTargets;
    private final int sparseMask;
    private final int[] outStart;
    private final int[] outTerm;
    private final int[] outLength;
    final int maxLength;
    /** States from this id on have outputs: a term ends there. */
    final int firstOutput;

    private TermAutomaton(char[] dense, int denseSymbols, int[] rootNext, int[] sparseKeys, long[] sparseBits, char[] sparseTargets,
                          int[] outStart, int[] outTerm, int[] outLength, int maxLength, int firstOutput) {
        this.dense = dense;
        this.denseSymbols = denseSymbols;
        this.rootNext = rootNext;
        this.sparseKeys = sparseKeys;
        this.sparseBits = sparseBits;
        this.sparseTargets = sparseTargets;
        this.sparseMask = sparseKeys.length - 1;
        this.outStart = outStart;
        this.outTerm = outTerm;
        this.outLength = outLength;
        this.maxLength = maxLength;
        this.firstOutput = firstOutput;
    }

    /** The Aho-Corasick transition: the longest suffix state after reading {@code symbol} in {@code state}. */
    int next(int state, int symbol) {
        return symbol < denseSymbols ? dense[state * denseSymbols + symbol] : sparseNext(state, symbol);
    }

    /** {@link #next} for a symbol past the dense ones: the state's own edge, else the root's. */
    int sparseNext(int state, int symbol) {
        if ((sparseBits[state] & 1L << symbol) != 0) {
            int key = state << SYMBOL_BITS | symbol;
            for (int h = mix(key) & sparseMask, k; (k = sparseKeys[h]) != EMPTY; h = (h + 1) & sparseMask) {
                if (k == key) {
                    return sparseTargets[h];
                }
            }
        }
        return symbol < rootNext.length ? rootNext[symbol] : ROOT;
    }

    private static final int SYMBOL_BITS = 15;
    private static final int EMPTY = -1;

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ h >>> 16;
    }

    /** The dense rows, {@link Lexicon#DENSE_SYMBOLS} wide, for the scanner's single-state loop to index itself. */
    char[] denseRows() {
        return dense;
    }

    /** @return how many states the automaton has */
    int stateCount() {
        return outStart.length - 1;
    }

    int outputsFrom(int state) {
        return outStart[state];
    }

    int outputsTo(int state) {
        return outStart[state + 1];
    }

    int outputTerm(int index) {
        return outTerm[index];
    }

    int outputLength(int index) {
        return outLength[index];
    }

    /** Collects symbol sequences and builds the automaton. Not thread-safe. */
    static final class Builder {
        private final List<Map<Integer, Integer>> children = new ArrayList<>();
        private final List<List<int[]>> outputs = new ArrayList<>();
        private final int symbolCount;
        private final int denseSymbols;
        private int maxLength;

        Builder(int symbolCount, int denseSymbols) {
            this.symbolCount = symbolCount;
            this.denseSymbols = denseSymbols;
            newState();
        }

        private int newState() {
            children.add(new HashMap<>(4));
            outputs.add(new ArrayList<>(1));
            return children.size() - 1;
        }

        void add(int[] symbols, int termId) {
            int s = ROOT;
            for (int sym : symbols) {
                Integer t = children.get(s).get(sym);
                if (t == null) {
                    t = newState();
                    children.get(s).put(sym, t);
                }
                s = t;
            }
            for (int[] o : outputs.get(s)) {
                if (o[0] == termId) {
                    return;
                }
            }
            outputs.get(s).add(new int[] {termId, symbols.length});
            maxLength = Math.max(maxLength, symbols.length);
        }

        TermAutomaton build() {
            int n = children.size();
            if (n >= Character.MAX_VALUE) {
                throw new IllegalArgumentException("The lexicon needs " + n + " automaton states, more than 65,535: "
                        + "add fewer terms to the checker.");
            }
            int[] fail = new int[n];
            int[] order = new int[n];
            int head = 0;
            int tail = 0;
            order[tail++] = ROOT;
            List<List<int[]>> all = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                all.add(new ArrayList<>(outputs.get(i)));
            }
            while (head < tail) {
                int s = order[head++];
                for (Map.Entry<Integer, Integer> e : children.get(s).entrySet()) {
                    int sym = e.getKey();
                    int t = e.getValue();
                    order[tail++] = t;
                    if (s != ROOT) {
                        int f = fail[s];
                        while (f != ROOT && !children.get(f).containsKey(sym)) {
                            f = fail[f];
                        }
                        Integer ft = children.get(f).get(sym);
                        fail[t] = ft != null && ft != t ? ft : ROOT;
                    }
                    all.get(t).addAll(all.get(fail[t]));
                }
            }
            // New ids: the root, then states without outputs, then states with outputs, so the scanner
            // tells an output state by comparing its id; each group in breadth-first order, so the rows
            // of the shallow states most text walks through sit together in cache.
            int[] id = new int[n];
            int next = 0;
            int firstOutput = n;
            for (int pass = 0; pass < 2; pass++) {
                if (pass == 1) {
                    firstOutput = next;
                }
                for (int k = 0; k < n; k++) {
                    if (all.get(order[k]).isEmpty() == (pass == 0)) {
                        id[order[k]] = next++;
                    }
                }
            }
            int[] rootNext = new int[symbolCount];
            int[] outStart = new int[n + 1];
            int[] newFail = new int[n];
            int[] byId = new int[n];
            for (int old = 0; old < n; old++) {
                byId[id[old]] = old;
                newFail[id[old]] = id[fail[old]];
            }
            for (Map.Entry<Integer, Integer> e : children.get(ROOT).entrySet()) {
                rootNext[e.getKey()] = id[e.getValue()];
            }
            int outs = 0;
            for (int i = 0; i < n; i++) {
                outStart[i] = outs;
                outs += all.get(byId[i]).size();
            }
            outStart[n] = outs;
            int[] outTerm = new int[outs];
            int[] outLength = new int[outs];
            for (int i = 0; i < n; i++) {
                int k = outStart[i];
                for (int[] o : all.get(byId[i])) {
                    outTerm[k] = o[0];
                    outLength[k] = o[1];
                    k++;
                }
            }
            // Sparse transitions of each state: its own edges outside the dense table over those of its failure state.
            List<Map<Integer, Integer>> sparse = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sparse.add(null);
            }
            sparse.set(ROOT, Map.of());
            int entries = 0;
            for (int k = 1; k < tail; k++) { // breadth-first: a failure state comes before the states failing to it
                int old = order[k];
                Map<Integer, Integer> own = new HashMap<>(sparse.get(fail[old])); // the root's is empty: it reads rootNext
                for (Map.Entry<Integer, Integer> e : children.get(old).entrySet()) {
                    if (e.getKey() >= denseSymbols) {
                        own.put(e.getKey(), e.getValue());
                    }
                }
                sparse.set(old, own.isEmpty() ? Map.of() : own);
                entries += own.size();
            }
            if (symbolCount > 1 << SYMBOL_BITS) {
                throw new IllegalArgumentException("The lexicon needs " + symbolCount + " symbols, more than " + (1 << SYMBOL_BITS)
                        + ": add fewer terms to the checker.");
            }
            int[] sparseKeys = new int[Integer.highestOneBit(Math.max(8, entries * 2)) << 1];
            char[] sparseTargets = new char[sparseKeys.length];
            Arrays.fill(sparseKeys, EMPTY);
            long[] sparseBits = new long[n];
            for (int old = 0; old < n; old++) {
                for (Map.Entry<Integer, Integer> e : sparse.get(old).entrySet()) {
                    int key = id[old] << SYMBOL_BITS | e.getKey();
                    int h = mix(key) & (sparseKeys.length - 1);
                    while (sparseKeys[h] != EMPTY) {
                        h = (h + 1) & (sparseKeys.length - 1);
                    }
                    sparseKeys[h] = key;
                    sparseBits[id[old]] |= 1L << e.getKey();
                    sparseTargets[h] = (char) id[e.getValue()];
                }
            }
            // Dense rows in breadth-first order: a missing edge takes the row of the failure state.
            char[] dense = new char[n * denseSymbols];
            for (int k = 0; k < tail; k++) {
                int old = order[k];
                int row = id[old] * denseSymbols;
                for (int sym = 0; sym < denseSymbols; sym++) {
                    Integer child = children.get(old).get(sym);
                    dense[row + sym] = (char) (child != null ? id[child]
                            : old == ROOT ? ROOT : dense[newFail[id[old]] * denseSymbols + sym]);
                }
            }
            return new TermAutomaton(dense, denseSymbols, rootNext, sparseKeys, sparseBits, sparseTargets, outStart, outTerm, outLength, maxLength,
                    firstOutput);
        }
    }
}
