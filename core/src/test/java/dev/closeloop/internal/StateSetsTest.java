package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Group symbols and the combined states they lead to: one state per symbol read finds what a set of
 * trie states stepped with every member finds, and combined states exist only where two states are
 * open at once.
 */
class StateSetsTest {
    private static final int SYMBOLS = 40;
    private static final int DENSE = 12;
    /** Group symbols are the last ones; no term spells them. */
    private static final int FIRST_GROUP = 34;

    @Test
    void aGroupLeadsToTheStatesOfAllItsMembers() {
        TermAutomaton.Builder b = new TermAutomaton.Builder(SYMBOLS, DENSE);
        b.add(new int[] {20, 21}, 0);
        b.add(new int[] {22, 21}, 1);
        b.group(FIRST_GROUP, new int[] {20, 22});
        TermAutomaton a = b.build();
        int open = a.next(TermAutomaton.ROOT, FIRST_GROUP);
        assertEquals(2, a.combinedMembers(open).length, "20 and 22 both start a term");
        assertArrayEquals(new int[] {a.next(TermAutomaton.ROOT, 20), a.next(TermAutomaton.ROOT, 22)}, a.combinedMembers(open));
        int end = a.next(open, 21);
        assertTrue(end >= a.firstOutput);
        TreeSet<Integer> terms = new TreeSet<>();
        for (int o = a.outputsFrom(end); o < a.outputsTo(end); o++) {
            terms.add(a.outputTerm(o));
        }
        assertEquals(new TreeSet<>(List.of(0, 1)), terms, "both spellings end at the second symbol");
    }

    @Test
    void aGroupWhoseMembersOpenOneStateAddsNoState() {
        TermAutomaton.Builder plain = new TermAutomaton.Builder(SYMBOLS, DENSE);
        TermAutomaton.Builder grouped = new TermAutomaton.Builder(SYMBOLS, DENSE);
        for (TermAutomaton.Builder b : List.of(plain, grouped)) {
            b.add(new int[] {20, 21}, 0);
            b.add(new int[] {3, 4}, 1);
        }
        grouped.group(FIRST_GROUP, new int[] {20, 25});
        TermAutomaton a = grouped.build();
        assertEquals(plain.build().stateCount(), a.stateCount());
        assertNull(a.combinedMembers(a.next(TermAutomaton.ROOT, FIRST_GROUP)));
        assertEquals(a.next(TermAutomaton.ROOT, 20), a.next(TermAutomaton.ROOT, FIRST_GROUP));
        assertArrayEquals(new int[] {20, 25}, a.groupMembers(FIRST_GROUP));
        assertNull(a.groupMembers(20));
    }

    @Test
    void aSetKeepsAtMostTheFirstStatesItOpens() {
        TermAutomaton.Builder b = new TermAutomaton.Builder(SYMBOLS, DENSE);
        int[] members = new int[StateSets.MAX_STATES + 3];
        for (int k = 0; k < members.length; k++) {
            members[k] = 12 + k;
            b.add(new int[] {12 + k, 30}, k);
        }
        b.group(FIRST_GROUP, members);
        TermAutomaton a = b.build();
        int[] open = a.combinedMembers(a.next(TermAutomaton.ROOT, FIRST_GROUP));
        assertEquals(StateSets.MAX_STATES, open.length);
        assertEquals(a.next(TermAutomaton.ROOT, 12), open[0]);
    }

    @Test
    void aGroupAndItsMembersMustLieBetweenTheDenseSymbolsAndTheSymbolCount() {
        TermAutomaton.Builder b = new TermAutomaton.Builder(SYMBOLS, DENSE);
        assertThrows(IllegalArgumentException.class, () -> b.group(DENSE - 1, new int[] {20, 21}));
        assertThrows(IllegalArgumentException.class, () -> b.group(SYMBOLS, new int[] {20, 21}));
        assertThrows(IllegalArgumentException.class, () -> b.group(FIRST_GROUP, new int[] {3, 21}), "a dense member");
    }

    @Test
    void followingOneStatePerSymbolFindsWhatSetsOfTrieStatesFind() {
        assertEquals(0, followAgainstSets(60_000), "no set lacks a state of its own");
    }

    @Test
    void pastTheBudget_aSetLeadsToSeveral_andTheSetsStepStateByStateAgree() {
        assertTrue(followAgainstSets(1) > 100, "the budget of one combined state leaves many sets without one");
    }

    /**
     * Random automata with group symbols, read one state per symbol and as a set of trie states in step; where a
     * transition leads to {@link TermAutomaton#SEVERAL}, the set is followed alone, as the scanner does, until
     * at most one state is open.
     *
     * @return how many transitions led to several
     */
    private static int followAgainstSets(int budget) {
        Random r = new Random(5);
        int several = 0;
        for (int round = 0; round < 300; round++) {
            TermAutomaton.Builder b = new TermAutomaton.Builder(SYMBOLS, DENSE).combinedBudget(budget);
            List<int[]> terms = new ArrayList<>();
            for (int id = 0, count = 1 + r.nextInt(25); id < count; id++) {
                int[] t = new int[1 + r.nextInt(4)];
                for (int k = 0; k < t.length; k++) {
                    t[k] = 1 + r.nextInt(FIRST_GROUP - 1);
                }
                terms.add(t);
                b.add(t, id);
            }
            int[][] groups = new int[SYMBOLS - FIRST_GROUP][];
            for (int g = 0; g < groups.length; g++) {
                groups[g] = new int[2 + r.nextInt(3)];
                for (int k = 0; k < groups[g].length; k++) {
                    groups[g][k] = DENSE + r.nextInt(FIRST_GROUP - DENSE);
                }
                b.group(FIRST_GROUP + g, groups[g]);
            }
            TermAutomaton a = b.build();
            int state = TermAutomaton.ROOT;
            List<Integer> open = new ArrayList<>(List.of(TermAutomaton.ROOT));
            for (int k = 0; k < 120; k++) {
                int[] t = terms.get(r.nextInt(terms.size()));
                int symbol = r.nextInt(3) == 0 ? FIRST_GROUP + r.nextInt(groups.length) : t[r.nextInt(t.length)];
                int[] members = symbol >= FIRST_GROUP ? groups[symbol - FIRST_GROUP] : new int[] {symbol};
                List<Integer> next = TrieStateSet.step(a, open, members);
                open = next.isEmpty() ? List.of(TermAutomaton.ROOT) : next;
                if (state == TermAutomaton.SEVERAL) {
                    if (open.size() == 1) {
                        state = open.get(0);
                    }
                    continue;
                }
                state = a.next(state, symbol);
                if (state == TermAutomaton.SEVERAL) {
                    several++;
                    assertTrue(open.size() > 1, "several states are open");
                    continue;
                }
                int[] combined = a.combinedMembers(state);
                List<Integer> got = new ArrayList<>();
                if (combined == null) {
                    got.add(state);
                } else {
                    for (int s : combined) {
                        got.add(s);
                    }
                }
                assertEquals(open, got, "round " + round + ", symbol " + k);
            }
        }
        return several;
    }
}
