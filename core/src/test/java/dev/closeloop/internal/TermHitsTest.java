package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hit list knows which kinds it holds, so lookups of a kind no hit has end at once. */
class TermHitsTest {

    @Test
    void hasKind_isTrueExactlyForTheKindsAddedSinceClear() {
        TermHits hits = new TermHits();
        hits.add(7, TermKind.CHANNEL.ordinal(), 0, 2);
        hits.add(7, TermKind.CHANNEL.ordinal(), 0, 2); // a duplicate is not added again, its kind stays
        hits.add(9, TermKind.NEGATION.ordinal(), 3, 5);
        for (TermKind k : TermKind.values()) {
            assertEquals(k == TermKind.CHANNEL || k == TermKind.NEGATION, hits.hasKind(k.ordinal()), k.name());
        }
        hits.clear();
        for (TermKind k : TermKind.values()) {
            assertFalse(hits.hasKind(k.ordinal()), k.name());
        }
    }

    @Test
    void everyKindHasABitOfItsOwn() {
        assertTrue(TermKind.values().length <= Integer.SIZE, "TermHits.kinds holds one bit per kind in an int");
        TermHits hits = new TermHits();
        hits.add(1, TermKind.values().length - 1, 0, 1);
        assertFalse(hits.hasKind(0));
    }
}
