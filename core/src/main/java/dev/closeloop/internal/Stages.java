package dev.closeloop.internal;

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

    /** @return the number of term hits, after normalization and the automaton scan */
    public static int scanTerms(String text) {
        ScanState s = ScanState.acquire();
        try {
            s.prepare(text, null, Engine.standard().lexicon());
            return s.hits.size;
        } finally {
            s.release();
        }
    }

    /** @return the number of contact details, after normalization, the scan and the phone, e-mail and URL scanners */
    public static int scanContacts(String text) {
        ScanState s = ScanState.acquire();
        try {
            s.prepare(text, null, Engine.standard().lexicon());
            int[] count = {0};
            new ContactDetector().detect(s, d -> count[0]++);
            return count[0];
        } finally {
            s.release();
        }
    }
}
