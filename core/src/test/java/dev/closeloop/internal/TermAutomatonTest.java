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
        findsTheOccurrencesANaiveSearchFinds(null);
    }

    @Test
    void withWordClasses_findsEveryOccurrenceThatStartsAWord_andNoOtherThanANaiveSearch() {
        // symbols 1-4 join each other, 5-8 join each other, 9-11 and the rest join nothing
        byte[] classes = new byte[DENSE];
        for (int sym = 1; sym < 9; sym++) {
            classes[sym] = (byte) (sym <= 4 ? 1 : 2);
        }
        findsTheOccurrencesANaiveSearchFinds(classes);
    }

    @Test
    void withWordClasses_aStateDoesNotFollowAMatchFromInsideAWord() {
        // 1, 2 and 3 join each other; 4 joins nothing
        TermAutomaton.Builder b = new TermAutomaton.Builder(SYMBOLS, DENSE).joining(new byte[] {0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0});
        b.add(new int[] {1, 2, 9}, 0);
        b.add(new int[] {4, 2, 9}, 1);
        b.add(new int[] {2, 3}, 2);
        TermAutomaton a = b.build();
        assertEquals(TermAutomaton.ROOT, a.next(read(a, 1, 2), 3), "after 1, 2 3 would start inside a word");
        assertTrue(a.next(read(a, 4, 2), 3) >= a.firstOutput, "after 4, 2 3 starts a word");
        assertEquals(TermAutomaton.ROOT, a.next(read(a, 4, 2), 2), "a second 2 joins the first");
        assertTrue(read(a, 4, 2, 9) >= a.firstOutput);
    }

    private static int read(TermAutomaton a, int... symbols) {
        int s = TermAutomaton.ROOT;
        for (int sym : symbols) {
            s = a.next(s, sym);
        }
        return s;
    }

    /** With {@code classes} (or none), random terms and texts: what the automaton finds against a naive search. */
    private static void findsTheOccurrencesANaiveSearchFinds(byte[] classes) {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<int[]> terms = new ArrayList<>();
            TermAutomaton.Builder b = new TermAutomaton.Builder(SYMBOLS, DENSE);
            if (classes != null) {
                b.joining(classes);
            }
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
            TreeSet<String> found = scan(a, text);
            if (classes == null) {
                assertEquals(naive(terms, text, null), found, "round " + round);
            } else {
                // a match that starts inside a word may be found or not: the scanner drops it anyway
                assertTrue(found.containsAll(naive(terms, text, classes)), "round " + round + " misses a match that starts a word");
                assertTrue(naive(terms, text, null).containsAll(found), "round " + round + " finds what is not there");
            }
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

    private static boolean joins(byte[] classes, int before, int symbol) {
        return before < DENSE && symbol < DENSE && (classes[before] & classes[symbol]) != 0;
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

    /** Every occurrence; with {@code classes}, only those whose first symbol joins no symbol before it. */
    private static TreeSet<String> naive(List<int[]> terms, int[] text, byte[] classes) {
        TreeSet<String> found = new TreeSet<>();
        for (int id = 0; id < terms.size(); id++) {
            int[] t = terms.get(id);
            for (int start = 0; start + t.length <= text.length; start++) {
                boolean match = classes == null || start == 0 || !joins(classes, text[start - 1], text[start]);
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
