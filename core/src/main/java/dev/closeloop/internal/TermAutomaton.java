package dev.closeloop.internal;

import java.util.ArrayList;
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
    private final int[] edgeStart;
    private final int[] edgeSymbol;
    private final int[] edgeTarget;
    /** The first state of each state's failure chain, itself included, with edges outside the dense table; or the root. */
    private final int[] sparseFrom;
    /** {@code sparseFrom} of each state's failure state. */
    private final int[] sparseFail;
    private final int[] outStart;
    private final int[] outTerm;
    private final int[] outLength;
    final int maxLength;
    /** States from this id on have outputs: a term ends there. */
    final int firstOutput;

    private TermAutomaton(char[] dense, int denseSymbols, int[] rootNext, int[] edgeStart, int[] edgeSymbol, int[] edgeTarget, int[] sparseFrom,
                          int[] sparseFail, int[] outStart, int[] outTerm, int[] outLength, int maxLength, int firstOutput) {
        this.dense = dense;
        this.denseSymbols = denseSymbols;
        this.rootNext = rootNext;
        this.edgeStart = edgeStart;
        this.edgeSymbol = edgeSymbol;
        this.edgeTarget = edgeTarget;
        this.sparseFrom = sparseFrom;
        this.sparseFail = sparseFail;
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

    /**
     * A symbol outside the dense table: follow failure links to a state with an edge for it, visiting
     * only the states that have edges outside the table (most chains have none: straight to the root).
     */
    private int sparseNext(int state, int symbol) {
        int s = sparseFrom[state];
        while (s != ROOT) {
            int t = edge(s, symbol);
            if (t >= 0) {
                return t;
            }
            s = sparseFail[s];
        }
        return symbol < rootNext.length ? rootNext[symbol] : ROOT;
    }

    private int edge(int state, int symbol) {
        int lo = edgeStart[state];
        int hi = edgeStart[state + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = edgeSymbol[mid];
            if (s < symbol) {
                lo = mid + 1;
            } else if (s > symbol) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return -1;
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
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < n; k++) {
                    if (all.get(order[k]).isEmpty() == (pass == 0)) {
                        id[order[k]] = next++;
                    }
                }
            }
            int firstOutput = n;
            for (int old = 0; old < n; old++) {
                if (!all.get(old).isEmpty()) {
                    firstOutput = Math.min(firstOutput, id[old]);
                }
            }
            int[] rootNext = new int[symbolCount];
            int[] edgeStart = new int[n + 1];
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
            int edges = 0;
            int outs = 0;
            for (int i = 0; i < n; i++) {
                edgeStart[i] = edges;
                outStart[i] = outs;
                edges += children.get(byId[i]).size();
                outs += all.get(byId[i]).size();
            }
            edgeStart[n] = edges;
            outStart[n] = outs;
            int[] edgeSymbol = new int[edges];
            int[] edgeTarget = new int[edges];
            int[] outTerm = new int[outs];
            int[] outLength = new int[outs];
            for (int i = 0; i < n; i++) {
                Map<Integer, Integer> kids = children.get(byId[i]);
                int[] syms = kids.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                for (int k = 0; k < syms.length; k++) {
                    edgeSymbol[edgeStart[i] + k] = syms[k];
                    edgeTarget[edgeStart[i] + k] = id[kids.get(syms[k])];
                }
                int k = outStart[i];
                for (int[] o : all.get(byId[i])) {
                    outTerm[k] = o[0];
                    outLength[k] = o[1];
                    k++;
                }
            }
            int[] sparseFrom = new int[n];
            int[] sparseFail = new int[n];
            for (int k = 1; k < tail; k++) { // breadth-first: a failure state comes before the states failing to it
                int st = id[order[k]];
                boolean sparse = edgeStart[st + 1] > edgeStart[st] && edgeSymbol[edgeStart[st + 1] - 1] >= denseSymbols;
                sparseFail[st] = sparseFrom[newFail[st]];
                sparseFrom[st] = sparse ? st : sparseFail[st];
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
            return new TermAutomaton(dense, denseSymbols, rootNext, edgeStart, edgeSymbol, edgeTarget, sparseFrom, sparseFail, outStart, outTerm,
                    outLength, maxLength, firstOutput);
        }
    }
}
