package dev.closeloop.internal;

import dev.closeloop.Category;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNull;

/** The per-thread scan state keeps nothing of a message or a checker once the message is checked. */
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
