package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automaton against a naive search: for random terms over symbols both inside and outside the
 * dense table (letters and syllables), every term occurrence in a random sequence is found, and
 * nothing else, whatever the state numbering and the precomputed sparse transitions.
 */
class TermAutomatonTest {
    private static final int SYMBOLS = 40;
    private static final int DENSE = 12;

    @Test
    void findsExactlyTheOccurrencesANaiveSearchFinds() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<int[]> terms = new ArrayList<>();
            TermAutomaton.Builder b = new TermAutomaton.Builder(SYMBOLS, DENSE);
            int count = 1 + r.nextInt(30);
            for (int id = 0; id < count; id++) {
                int[] t = new int[1 + r.nextInt(5)];
                for (int k = 0; k < t.length; k++) {
                    t[k] = symbol(r);
                }
                terms.add(t);
                b.add(t, id);
            }
            TermAutomaton a = b.build();
            int[] text = new int[200];
            for (int k = 0; k < text.length; k++) {
                // mostly pieces of the terms, so that matches and near-misses are frequent
                int[] t = terms.get(r.nextInt(terms.size()));
                text[k] = r.nextInt(4) == 0 ? symbol(r) : t[r.nextInt(t.length)];
            }
            assertEquals(naive(terms, text), scan(a, text), "round " + round);
        }
    }

    @Test
    void outputStatesComeLast() {
        TermAutomaton.Builder b = new TermAutomaton.Builder(SYMBOLS, DENSE);
        b.add(new int[] {1, 2, 3}, 0);
        b.add(new int[] {2, 30}, 1);
        TermAutomaton a = b.build();
        int s = TermAutomaton.ROOT;
        for (int sym : new int[] {1, 2}) {
            s = a.next(s, sym);
            assertTrue(s < a.firstOutput, "a prefix state is not an output state");
        }
        assertTrue(a.next(s, 3) >= a.firstOutput, "1 2 3 ends a term");
        assertTrue(a.next(s, 30) >= a.firstOutput, "2 30 ends a term, reached through the failure link of 1 2");
    }

    /** Half the symbols outside the dense table, like the pinyin syllables. */
    private static int symbol(Random r) {
        return r.nextBoolean() ? 1 + r.nextInt(DENSE - 1) : DENSE + r.nextInt(SYMBOLS - DENSE);
    }

    private static TreeSet<String> scan(TermAutomaton a, int[] text) {
        TreeSet<String> found = new TreeSet<>();
        int s = TermAutomaton.ROOT;
        for (int i = 0; i < text.length; i++) {
            s = a.next(s, text[i]);
            if (s >= a.firstOutput) {
                for (int o = a.outputsFrom(s); o < a.outputsTo(s); o++) {
                    found.add(a.outputTerm(o) + "@" + (i + 1 - a.outputLength(o)));
                }
            } else {
                assertEquals(0, a.outputsTo(s) - a.outputsFrom(s), "a state below firstOutput has no outputs");
            }
        }
        return found;
    }

    private static TreeSet<String> naive(List<int[]> terms, int[] text) {
        TreeSet<String> found = new TreeSet<>();
        for (int id = 0; id < terms.size(); id++) {
            int[] t = terms.get(id);
            for (int start = 0; start + t.length <= text.length; start++) {
                boolean match = true;
                for (int k = 0; k < t.length && match; k++) {
                    match = text[start + k] == t[k];
                }
                if (match) {
                    found.add(id + "@" + start);
                }
            }
        }
        return found;
    }
}
