package dev.closeloop.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The tests' reading of several symbols at once, written plainly: the set of trie states a scan is in,
 * stepped with every symbol, as the automaton's combined states are meant to stand for.
 */
final class TrieStateSet {
    private TrieStateSet() {}

    /**
     * @return the states {@code open} lead to on each of {@code symbols}, each state in turn and each symbol in turn,
     *     the root and repeats left out, at most {@link StateSets#MAX_STATES}; empty when all lead to the root
     */
    static List<Integer> step(TermAutomaton a, List<Integer> open, int[] symbols) {
        List<Integer> next = new ArrayList<>();
        for (int state : open) {
            for (int symbol : symbols) {
                int to = a.next(state, symbol);
                if (to != TermAutomaton.ROOT && !next.contains(to) && next.size() < StateSets.MAX_STATES) {
                    next.add(to);
                }
            }
        }
        return next;
    }
}
