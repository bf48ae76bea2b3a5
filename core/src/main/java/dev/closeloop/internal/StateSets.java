package dev.closeloop.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the sets of trie states a scan can be in at once into states of their own (the subset
 * construction), so the scanner follows one state whatever a char stands for.
 *
 * <p>A group symbol stands for several symbols at once, as a polyphonic Hanzi stands for itself and
 * each of its syllables; all are past the dense symbols. Reading one leads from a
 * set of states to the states its members lead to: each state in turn, each member in turn, the root
 * and repeats left out, at most {@value #MAX_STATES} in all. A set of two or more is a combined
 * state, with a transition for every symbol like any other; a set of one is that state; none, the
 * root. Combined states exist only where a text can lead, found from the trie's states outward, and
 * at most as many as the budget allows: a lexicon of many short Chinese terms made of such Hanzi
 * would otherwise need several combined states per trie state (8,000 two- to five-char terms: 40,000
 * more states, 16 times the build time). Past the budget a transition leads to {@link #SEVERAL}, and
 * the scanner steps the states of the set one by one. Used once per build, in the builder's state
 * ids; not thread-safe.
 */
final class StateSets {
    /** The most states a set holds; a scan that would open more keeps the first ones. */
    static final int MAX_STATES = 8;
    /** The target of a transition to a set of states that got no state of its own. */
    static final int SEVERAL = -1;

    private final int trieStates;
    private final int budget;
    private final int denseSymbols;
    private final int[] rootNext;
    private final List<char[]> rows;
    private final List<Map<Integer, Integer>> sparse;
    private final Map<Integer, int[]> groups;
    /** For each symbol, the groups holding it. */
    private final Map<Integer, List<Integer>> groupsOf = new HashMap<>();
    private final List<int[]> members = new ArrayList<>();
    /** Combined states by their members, one char per trie state id (the builder keeps those below 65,535). */
    private final Map<String, Integer> ids = new HashMap<>();
    private final char[] set = new char[MAX_STATES];

    /**
     * @param rows each trie state's dense row, in chars as the builder keeps ids below 65,535; each combined state's row
     *     is added, {@link #SEVERAL} written as {@code (char) SEVERAL} (read it with {@link #target})
     * @param sparse each trie state's transitions on symbols past the dense ones, where they differ from the root's
     * @param rootNext where each symbol leads from the root; the groups' entries are set here
     * @param groups each group symbol's members, none of them a group; every group symbol past the dense ones
     * @param denseSymbols how many symbols have a dense row
     * @param budget the most combined states to make
     */
    StateSets(List<char[]> rows, List<Map<Integer, Integer>> sparse, int[] rootNext, Map<Integer, int[]> groups, int denseSymbols,
              int budget) {
        this.trieStates = rows.size();
        this.budget = budget;
        this.rows = rows;
        this.sparse = sparse;
        this.rootNext = rootNext;
        this.groups = groups;
        this.denseSymbols = denseSymbols;
        groups.forEach((group, of) -> {
            for (int symbol : of) {
                groupsOf.computeIfAbsent(symbol, k -> new ArrayList<>()).add(group);
            }
        });
    }

    /**
     * Fills in every state's transitions on the group symbols and adds the combined states they lead to, with all
     * their transitions.
     *
     * @return how many states there are now, trie and combined
     */
    int close() {
        int[] root = {TermAutomaton.ROOT};
        groups.forEach((group, of) -> rootNext[group] = step(root, of));
        List<Map<Integer, Integer>> trieGroupEdges = new ArrayList<>(trieStates);
        for (int s = 0; s < trieStates; s++) {
            // most trie states have no edge past the dense symbols, so none on a group either
            Map<Integer, Integer> edges = Map.of();
            if (!sparse.get(s).isEmpty()) {
                edges = new HashMap<>();
                addGroupEdges(new int[] {s}, edges);
            }
            trieGroupEdges.add(edges);
        }
        for (int c = 0; c < members.size(); c++) { // grows while combined states lead to new ones
            int[] of = members.get(c);
            char[] row = new char[denseSymbols];
            for (int y = 0; y < denseSymbols; y++) {
                row[y] = (char) stepDense(of, y);
            }
            rows.add(row);
            Map<Integer, Integer> edges = new HashMap<>();
            for (int s : of) {
                for (int y : sparse.get(s).keySet()) {
                    int t = step(of, new int[] {y});
                    if (t != rootNext[y]) {
                        edges.put(y, t);
                    }
                }
            }
            addGroupEdges(of, edges);
            sparse.add(edges.isEmpty() ? Map.of() : edges);
        }
        // only now: until every combined state is built, a trie state's map holds the edges on single symbols alone
        for (int s = 0; s < trieStates; s++) {
            if (!trieGroupEdges.get(s).isEmpty()) {
                Map<Integer, Integer> all = new HashMap<>(sparse.get(s));
                all.putAll(trieGroupEdges.get(s));
                sparse.set(s, all);
            }
        }
        return trieStates + members.size();
    }

    /** @return the state an entry of a dense row leads to, {@link #SEVERAL} included */
    static int target(char entry) {
        return entry == (char) SEVERAL ? SEVERAL : entry;
    }

    /** @return the trie states a combined state stands for, in the order a scan opened them */
    int[] membersOf(int state) {
        return members.get(state - trieStates);
    }

    /** Adds to {@code edges} the transitions of the states {@code of} on the groups holding a symbol they have an edge for. */
    private void addGroupEdges(int[] of, Map<Integer, Integer> edges) {
        List<Integer> symbols = new ArrayList<>();
        for (int s : of) {
            symbols.addAll(sparse.get(s).keySet());
        }
        for (int y : symbols) {
            for (int g : groupsOf.getOrDefault(y, List.of())) {
                if (!edges.containsKey(g)) {
                    int t = step(of, groups.get(g));
                    if (t != rootNext[g]) {
                        edges.put(g, t);
                    }
                }
            }
        }
    }

    /** {@link #step} on one dense symbol, which from most sets leads to the root or to one state, with no set to look up. */
    private int stepDense(int[] of, int symbol) {
        int only = TermAutomaton.ROOT;
        for (int s : of) {
            int t = rows.get(s)[symbol];
            if (t != TermAutomaton.ROOT && t != only) {
                if (only != TermAutomaton.ROOT) {
                    return step(of, new int[] {symbol});
                }
                only = t;
            }
        }
        return only;
    }

    /**
     * Where the states {@code of} lead on each of {@code symbols}: the root, a trie state, a combined state, or
     * {@link #SEVERAL} once the budget is spent.
     */
    private int step(int[] of, int[] symbols) {
        int m = 0;
        for (int s : of) {
            for (int y : symbols) {
                int t = y < denseSymbols ? rows.get(s)[y] : sparse.get(s).getOrDefault(y, rootNext[y]);
                if (t == TermAutomaton.ROOT) {
                    continue;
                }
                boolean seen = false;
                for (int z = 0; z < m; z++) {
                    seen |= set[z] == t;
                }
                if (!seen && m < MAX_STATES) {
                    set[m++] = (char) t;
                }
            }
        }
        if (m <= 1) {
            return m == 0 ? TermAutomaton.ROOT : set[0];
        }
        String key = new String(set, 0, m);
        Integer id = ids.get(key);
        if (id == null) {
            if (members.size() == budget) {
                return SEVERAL;
            }
            id = trieStates + members.size();
            ids.put(key, id);
            int[] states = new int[m];
            for (int z = 0; z < m; z++) {
                states[z] = set[z];
            }
            members.add(states);
        }
        return id;
    }
}
