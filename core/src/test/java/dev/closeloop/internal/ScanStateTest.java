package dev.closeloop.internal;

import dev.closeloop.Category;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-thread scan state keeps nothing of a message or a checker once the message is checked, and keeps the
 * contacts the detectors find in the order its lookups assume.
 */
class ScanStateTest {

    @Test
    void release_letsADiscardedCheckersLexiconBeCollected() throws InterruptedException {
        WeakReference<Lexicon> lexicon = scanWithOwnLexicon();
        for (int i = 0; i < 50 && lexicon.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(lexicon.get(), "the thread's scan state still holds the lexicon of a checker nobody uses");
    }

    @Test
    void contacts_stayInEndOrder_afterTheChannelDetectorAddsItsMessengerIds() {
        ScanState s = ScanState.acquire();
        try {
            Detections sink = s.prepare("wechat: lily_0909, catalog at glowhaven.com/catalog", null, Engine.standard().lexicon());
            for (BuiltInDetector d : new BuiltInDetector[] {new ContactDetector(), new ChannelDetector()}) {
                sink.reportingFor(d);
                d.detect(s, sink);
            }
            for (int i = 1; i < s.contacts.size; i++) {
                assertTrue(s.contacts.end[i - 1] <= s.contacts.end[i], "contact " + i + " ends before the one before it");
            }
            assertTrue(s.contactWithin(0, 17), "the messenger id, looked up by end");
        } finally {
            s.release();
        }
    }

    private static WeakReference<Lexicon> scanWithOwnLexicon() {
        Lexicon own = Engine.withTerms(Map.of("acme widgets", Category.PROMOTION)).lexicon();
        ScanState s = ScanState.acquire();
        try {
            s.prepare("buy acme widgets on our site", null, own);
        } finally {
            s.release();
        }
        return new WeakReference<>(own);
    }
}
