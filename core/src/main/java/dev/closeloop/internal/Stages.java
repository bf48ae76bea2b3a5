package dev.closeloop.internal;

import dev.closeloop.spi.DetectionSink;

/**
 * Runs single stages of the engine on a text, for benchmarks that measure where time goes.
 * Not an API; results are counts so a benchmark can assert the stage did its work.
 */
public final class Stages {
    private Stages() {}

    /** @return the normalized length of {@code text}, after normalization alone */
    public static int normalize(String text) {
        ScanState s = ScanState.acquire();
        try {
            return s.normalizeOnly(text);
        } finally {
            s.release();
        }
    }

    /**
     * Normalizes and scans {@code text} once, so that {@link Prepared}'s stages can be timed alone.
     *
     * @param text the message text, not null
     * @return the prepared text
     */
    public static Prepared prepare(String text) {
        return new Prepared(text);
    }

    /**
     * A text normalized and scanned once, with state of its own (not the thread's), whose later stages a benchmark
     * times alone: the automaton scan over the normalized text, and the phone, e-mail and URL scanners over the
     * normalized text and its term hits. Not thread-safe.
     */
    public static final class Prepared {
        private final Lexicon lexicon = Engine.standard().lexicon();
        private final ScanState state = new ScanState();
        private final TermHits hits = new TermHits();
        private final TermScanner.Scratch scratch = new TermScanner.Scratch();
        private final ContactDetector contacts = new ContactDetector();
        private int found;
        private final DetectionSink counter = d -> found++;

        private Prepared(String text) {
            state.prepare(text, null, lexicon);
        }

        /** @return the number of term hits the automaton scan finds in the normalized text, read again */
        public int scanTerms() {
            TermScanner.scan(lexicon, state.text, hits, scratch);
            return hits.size;
        }

        /** @return the number of contact details the phone, e-mail and URL scanners report, run again */
        public int scanContacts() {
            state.contacts.clear();
            found = 0;
            contacts.detect(state, counter);
            return found;
        }
    }
}
