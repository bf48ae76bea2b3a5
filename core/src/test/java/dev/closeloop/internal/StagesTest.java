package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmarks' single stages find what the whole scan finds, and find it again on every call. */
class StagesTest {
    private static final String TEXT = "加我薇信 lily_0909，或者打 138 1234 5678，邮箱 lily@qq.com，网站 shop.example.com";

    @Test
    void scanTermsAlone_findsTheHitsOfTheWholeScan_everyTime() {
        int whole;
        ScanState s = ScanState.acquire();
        try {
            s.prepare(TEXT, null, Engine.standard().lexicon());
            whole = s.hits.size;
        } finally {
            s.release();
        }
        assertTrue(whole > 0, "the text holds channel names and calls to action");
        Stages.Prepared p = Stages.prepare(TEXT);
        assertEquals(whole, p.scanTerms());
        assertEquals(whole, p.scanTerms());
    }

    @Test
    void scanContactsAlone_reportsThePhoneTheEmailAndTheLink_everyTime() {
        Stages.Prepared p = Stages.prepare(TEXT);
        assertEquals(3, p.scanContacts());
        assertEquals(3, p.scanContacts());
    }

    @Test
    void prepared_leavesTheThreadsOwnStateFree() {
        Stages.prepare(TEXT).scanContacts();
        ScanState first = ScanState.acquire();
        first.release();
        ScanState second = ScanState.acquire();
        second.release();
        assertSame(first, second, "a prepared text holds the thread's state, so each evaluation would get a fresh one");
    }
}
