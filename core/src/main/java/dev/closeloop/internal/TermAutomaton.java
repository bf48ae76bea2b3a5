package dev.closeloop.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over symbol ids, in flat arrays. Symbols are chars, pinyin syllables
 * and a separator; a text position may offer several symbols at once. A polyphonic Hanzi is one
 * group symbol, and the states its symbols lead to together are a state of their own (see
 * {@link StateSets}), so {@link TermScanner} follows one state for it; a leet digit between letters
 * is no group, and the scanner steps each state it opens with each of its symbols. Told which
 * symbols join into words ({@link Builder#joining}), its failure transitions pass over the matches
 * that would start inside a word, which the scanner would drop; its outputs still hold every term
 * that ends at a state.
 *
 * <p>Immutable after {@link Builder#build()} and safe to share between threads.
 */
final class TermAutomaton {
    static final int ROOT = 0;
    /**
     * Where a transition leads to a set of states that has no state of its own (see {@link StateSets}): the
     * scanner steps the states one by one. No state has this id.
     */
    static final int SEVERAL = Character.MAX_VALUE;

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
    /** Per symbol, the symbols a group symbol stands for; {@code null} for a single symbol. */
    private final int[][] groupMembers;
    /** Per state, the trie states a combined state stands for; {@code null} for a trie state. */
    private final int[][] combinedMembers;

    private TermAutomaton(char[] dense, int denseSymbols, int[] rootNext, int[] sparseKeys, long[] sparseBits, char[] sparseTargets,
                          int[] outStart, int[] outTerm, int[] outLength, int maxLength, int firstOutput,
                          int[][] groupMembers, int[][] combinedMembers) {
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
        this.groupMembers = groupMembers;
        this.combinedMembers = combinedMembers;
    }

    /** Writes the tables for {@link #readFrom}. */
    void writeTo(Snapshot.Writer w) {
        w.putChars(dense).putInt(denseSymbols).putInts(rootNext).putInts(sparseKeys).putLongs(sparseBits).putChars(sparseTargets)
                .putInts(outStart).putInts(outTerm).putInts(outLength).putInt(maxLength).putInt(firstOutput)
                .putSparseRows(groupMembers).putSparseRows(combinedMembers);
    }

    /** @return the automaton {@link #writeTo} wrote */
    static TermAutomaton readFrom(Snapshot.Reader r) {
        return new TermAutomaton(r.getChars(), r.getInt(), r.getInts(), r.getInts(), r.getLongs(), r.getChars(), r.getInts(),
                r.getInts(), r.getInts(), r.getInt(), r.getInt(), r.getSparseRows(), r.getSparseRows());
    }

    /**
     * The transition on {@code symbol} from {@code state}: on a single symbol, the longest suffix state after reading it;
     * on a group symbol, the state for the set of states its members lead to. From a combined state or on a group
     * symbol it may be {@link #SEVERAL}; from a trie state on a single symbol, never.
     */
    int next(int state, int symbol) {
        return symbol < denseSymbols ? dense[state * denseSymbols + symbol] : sparseNext(state, symbol);
    }

    /**
     * {@link #next} for a symbol past the dense ones: the state's own edge, else the root's. Most lookups end at the
     * bit test, so this part stays small enough for the JIT to inline into the scanner's loop whatever its profile.
     */
    int sparseNext(int state, int symbol) {
        return (sparseBits[state] & 1L << symbol) == 0 ? rootNext[symbol] : probe(state, symbol);
    }

    private int probe(int state, int symbol) {
        int key = state << SYMBOL_BITS | symbol;
        for (int h = mix(key) & sparseMask, k; (k = sparseKeys[h]) != EMPTY; h = (h + 1) & sparseMask) {
            if (k == key) {
                return sparseTargets[h];
            }
        }
        return rootNext[symbol];
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

    /**
     * @param symbol any symbol
     * @return the symbols a group symbol stands for, in the order a scan offers them; {@code null} for a single
     *     symbol. The caller must not write the array.
     */
    int[] groupMembers(int symbol) {
        return groupMembers[symbol];
    }

    /**
     * @param state any state
     * @return the trie states a combined state stands for, in the order a scan opened them; {@code null} for a trie
     *     state. The caller must not write the array.
     */
    int[] combinedMembers(int state) {
        return combinedMembers[state];
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

    /** Collects symbol sequences and group symbols and builds the automaton. Not thread-safe. */
    static final class Builder {
        private final List<Map<Integer, Integer>> children = new ArrayList<>();
        private final List<List<int[]>> outputs = new ArrayList<>();
        private final Map<Integer, int[]> groups = new HashMap<>();
        private final int symbolCount;
        private final int denseSymbols;
        private int maxLength;
        /** The most combined states; -1 for as many as the trie has states, which at most doubles the tables. */
        private int combinedBudget = -1;
        /** Per dense symbol, the word classes every char it is read from belongs to (see {@link #joining}); none by default. */
        private byte[] joinClasses;

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

        /**
         * Makes {@code symbol} stand for each of {@code members} at once (see {@link StateSets}); no term spells it.
         *
         * @param symbol a symbol id past the dense ones and below the builder's symbol count
         * @param members the symbols it stands for, in the order a scan offers them, each past the dense ones and no group
         */
        void group(int symbol, int[] members) {
            if (symbol < denseSymbols || symbol >= symbolCount) {
                throw new IllegalArgumentException("A group symbol lies past the dense symbols and below the symbol count, not "
                        + symbol);
            }
            for (int m : members) {
                // a state's transitions on dense symbols differ from the root's everywhere, so only sparse members let the
                // combined states be found from the states with an edge of their own
                if (m < denseSymbols || m >= symbolCount || groups.containsKey(m) || m == symbol) {
                    throw new IllegalArgumentException("A group's members lie past the dense symbols and below the symbol count "
                            + "and are no groups, not " + m);
                }
            }
            groups.put(symbol, members.clone());
        }

        /**
         * Sets the most combined states to make instead of as many as the trie has states, for the tests of what lies
         * on either side of the budget; the ids still stay below {@link #SEVERAL}.
         */
        Builder combinedBudget(int states) {
            combinedBudget = states;
            return this;
        }

        /**
         * Tells the builder which dense symbols always join the symbol before them into one word, so that no state
         * follows a match that would start inside a word: {@link TermScanner} drops such a match at its start anyway.
         * Two symbols join when their classes share a bit; a symbol read from chars of different classes (the
         * {@code a} of {@code @}) should get none.
         *
         * @param classes per dense symbol, bits of the word classes all the chars it stands for belong to
         */
        Builder joining(byte[] classes) {
            if (classes.length != denseSymbols) {
                throw new IllegalArgumentException("Join classes are given per dense symbol: " + denseSymbols + ", not " + classes.length);
            }
            for (byte cls : classes) {
                if (cls < 0 || cls >= Chars.WORD_CLASSES) {
                    throw new IllegalArgumentException("A join class is a set of Chars.wordClass bits, below " + Chars.WORD_CLASSES
                            + ", not " + cls);
                }
            }
            joinClasses = classes.clone();
            return this;
        }

        /** Per word class, the dense symbols that join a symbol of that class; built once, as each state's row reads them. */
        private int[][] joiningSymbolsByClass() {
            int[][] joining = new int[Chars.WORD_CLASSES][];
            for (int cls = 0; cls < joining.length; cls++) {
                int count = 0;
                int[] symbols = new int[denseSymbols];
                for (int sym = 0; joinClasses != null && sym < denseSymbols; sym++) {
                    if ((joinClasses[sym] & cls) != 0) {
                        symbols[count++] = sym;
                    }
                }
                joining[cls] = Arrays.copyOf(symbols, count);
            }
            return joining;
        }

        private boolean joins(int before, int symbol) {
            return joinClasses != null && before < denseSymbols && symbol < denseSymbols && (joinClasses[before] & joinClasses[symbol]) != 0;
        }

        TermAutomaton build() {
            int n = children.size();
            int[] fail = new int[n];
            // The longest proper suffix state whose first symbol does not join the symbol before it: the transitions
            // follow these, so a state stands for the longest match read so far that starts where a word may start.
            // The outputs still follow every suffix (fail), which the scanner's boundary test sorts out.
            int[] wordFail = new int[n];
            int[] lastSymbol = new int[n];
            int[][] joining = joiningSymbolsByClass();
            int[] order = new int[n];
            int head = 0;
            int tail = 0;
            order[tail++] = ROOT;
            // per trie state, how many outputs it reports: its own and those of its failure states (see copyOutputs)
            int[] outCount = new int[n];
            outCount[ROOT] = outputs.get(ROOT).size();
            while (head < tail) {
                int s = order[head++];
                for (Map.Entry<Integer, Integer> e : children.get(s).entrySet()) {
                    int sym = e.getKey();
                    int t = e.getValue();
                    order[tail++] = t;
                    lastSymbol[t] = sym;
                    if (s != ROOT) {
                        fail[t] = suffixState(fail, s, sym, t, false, lastSymbol);
                        wordFail[t] = suffixState(wordFail, s, sym, t, true, lastSymbol);
                    }
                    outCount[t] = outputs.get(t).size() + outCount[fail[t]];
                }
            }
            // The trie's transitions in its own ids, breadth-first so a failure state comes before the states failing
            // to it: a missing dense edge takes the failure state's, the sparse ones are the state's own edges over its
            // failure state's (the root's are empty: it reads rootNext).
            int[] rootNext = new int[symbolCount];
            for (Map.Entry<Integer, Integer> e : children.get(ROOT).entrySet()) {
                rootNext[e.getKey()] = e.getValue();
            }
            List<char[]> rows = new ArrayList<>(Collections.nCopies(n, null));
            List<Map<Integer, Integer>> sparse = new ArrayList<>(Collections.nCopies(n, null));
            for (int k = 0; k < tail; k++) {
                int old = order[k];
                char[] row;
                if (old == ROOT) {
                    row = new char[denseSymbols];
                    Arrays.fill(row, (char) ROOT);
                } else {
                    row = rows.get(wordFail[old]).clone();
                    if (wordFail[old] == ROOT && joinClasses != null && lastSymbol[old] < denseSymbols) {
                        for (int sym : joining[joinClasses[lastSymbol[old]]]) {
                            row[sym] = (char) ROOT; // a match starting at sym would start inside the word
                        }
                    }
                }
                // a state without sparse edges of its own shares its failure state's map: none changes after this
                Map<Integer, Integer> inherited = old == ROOT ? Map.of() : sparse.get(wordFail[old]);
                Map<Integer, Integer> own = inherited;
                for (Map.Entry<Integer, Integer> e : children.get(old).entrySet()) {
                    if (e.getKey() < denseSymbols) {
                        row[e.getKey()] = (char) (int) e.getValue();
                    } else if (old != ROOT) {
                        if (own == inherited) {
                            own = new HashMap<>(inherited);
                        }
                        own.put(e.getKey(), e.getValue());
                    }
                }
                rows.set(old, row);
                sparse.set(old, own);
            }
            if (n >= Character.MAX_VALUE) {
                throw new IllegalArgumentException("The lexicon needs " + n + " automaton states, more than 65,535: "
                        + "add fewer terms to the checker.");
            }
            StateSets sets = new StateSets(rows, sparse, rootNext, groups, denseSymbols,
                    Math.min(combinedBudget < 0 ? n : combinedBudget, Character.MAX_VALUE - 1 - n));
            int states = sets.close();
            outCount = Arrays.copyOf(outCount, states);
            for (int c = n; c < states; c++) {
                for (int member : sets.membersOf(c)) {
                    outCount[c] += outCount[member];
                }
            }
            if (symbolCount > 1 << SYMBOL_BITS) {
                throw new IllegalArgumentException("The lexicon needs " + symbolCount + " symbols, more than " + (1 << SYMBOL_BITS)
                        + ": add fewer terms to the checker.");
            }
            // New ids: the root, then states without outputs, then states with outputs, so the scanner tells an
            // output state by comparing its id; each part in breadth-first order, then its combined states, so the
            // rows of the shallow states most text walks through sit together in cache.
            int[] walk = Arrays.copyOf(order, states);
            for (int c = n; c < states; c++) {
                walk[c] = c;
            }
            int[] id = new int[states];
            int next = 0;
            int firstOutput = states;
            for (int pass = 0; pass < 2; pass++) {
                if (pass == 1) {
                    firstOutput = next;
                }
                for (int k = 0; k < states; k++) {
                    if ((outCount[walk[k]] == 0) == (pass == 0)) {
                        id[walk[k]] = next++;
                    }
                }
            }
            int[] byId = new int[states];
            for (int old = 0; old < states; old++) {
                byId[id[old]] = old;
            }
            for (int sym = 0; sym < symbolCount; sym++) {
                rootNext[sym] = renumbered(id, rootNext[sym]);
            }
            int[] outStart = new int[states + 1];
            int outs = 0;
            for (int i = 0; i < states; i++) {
                outStart[i] = outs;
                outs += outCount[byId[i]];
            }
            outStart[states] = outs;
            int[] outTerm = new int[outs];
            int[] outLength = new int[outs];
            for (int i = 0; i < states; i++) {
                int old = byId[i];
                if (old < n) {
                    copyOutputs(old, fail, outTerm, outLength, outStart[i]);
                } else {
                    int k = outStart[i];
                    for (int member : sets.membersOf(old)) {
                        k = copyOutputs(member, fail, outTerm, outLength, k);
                    }
                }
            }
            int entries = 0;
            for (Map<Integer, Integer> m : sparse) {
                entries += m.size();
            }
            int[] sparseKeys = new int[Integer.highestOneBit(Math.max(8, entries * 2)) << 1];
            char[] sparseTargets = new char[sparseKeys.length];
            Arrays.fill(sparseKeys, EMPTY);
            long[] sparseBits = new long[states];
            char[] dense = new char[states * denseSymbols];
            for (int old = 0; old < states; old++) {
                for (Map.Entry<Integer, Integer> e : sparse.get(old).entrySet()) {
                    int key = id[old] << SYMBOL_BITS | e.getKey();
                    int h = mix(key) & (sparseKeys.length - 1);
                    while (sparseKeys[h] != EMPTY) {
                        h = (h + 1) & (sparseKeys.length - 1);
                    }
                    sparseKeys[h] = key;
                    sparseBits[id[old]] |= 1L << e.getKey();
                    sparseTargets[h] = (char) renumbered(id, e.getValue());
                }
                char[] row = rows.get(old);
                for (int sym = 0; sym < denseSymbols; sym++) {
                    dense[id[old] * denseSymbols + sym] = (char) renumbered(id, StateSets.target(row[sym]));
                }
            }
            int[][] groupMembers = new int[symbolCount][];
            groups.forEach((symbol, members) -> groupMembers[symbol] = members);
            int[][] combinedMembers = new int[states][];
            for (int c = n; c < states; c++) {
                int[] members = sets.membersOf(c).clone();
                for (int k = 0; k < members.length; k++) {
                    members[k] = id[members[k]];
                }
                combinedMembers[id[c]] = members;
            }
            return new TermAutomaton(dense, denseSymbols, rootNext, sparseKeys, sparseBits, sparseTargets, outStart, outTerm, outLength, maxLength,
                    firstOutput, groupMembers, combinedMembers);
        }

        /**
         * The failure state of {@code t}, the child of {@code s} on {@code sym}: the longest proper suffix of its path
         * the trie holds, following {@code fail} (the failure states found so far); with {@code inWord}, only suffixes
         * whose first symbol does not join the symbol before it.
         */
        private int suffixState(int[] fail, int s, int sym, int t, boolean inWord, int[] lastSymbol) {
            int f = fail[s];
            while (f != ROOT && !children.get(f).containsKey(sym)) {
                f = fail[f];
            }
            if (f == ROOT && inWord && joins(lastSymbol[s], sym)) {
                return ROOT;
            }
            Integer ft = children.get(f).get(sym);
            return ft != null && ft != t ? ft : ROOT;
        }

        /**
         * Writes the outputs trie state {@code s} reports from index {@code k} on: its own, then those of each failure
         * state in turn down to the root's, as the scanner reports them.
         *
         * @return the index after the last one written
         */
        private int copyOutputs(int s, int[] fail, int[] outTerm, int[] outLength, int k) {
            for (int u = s; ; u = fail[u]) {
                List<int[]> own = outputs.get(u);
                for (int j = 0; j < own.size(); j++) { // no iterator: most states and their failure states have none
                    int[] o = own.get(j);
                    outTerm[k] = o[0];
                    outLength[k] = o[1];
                    k++;
                }
                if (u == ROOT) {
                    return k;
                }
            }
        }

        private static int renumbered(int[] id, int target) {
            return target == StateSets.SEVERAL ? SEVERAL : id[target];
        }
    }
}
