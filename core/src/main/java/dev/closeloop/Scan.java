package dev.closeloop;

import dev.closeloop.internal.ScanState;
import dev.closeloop.spi.Detection;

import java.util.List;
import java.util.Set;

/**
 * What the detectors made of one message: its detections, its cue bits (see
 * {@link ScanState#cues()}), when asked for, the channels it names, and, when it has detections, its
 * language ({@link Language}), or null.
 */
record Scan(List<Detection> detections, int cues, Set<String> channels, String language) {
    /** The scans of messages with no detections and no channels, by cue bits, so a clean message allocates none. */
    private static final Scan[] CLEAN = new Scan[ScanState.ALL_CUES + 1];

    static {
        for (int cues = 0; cues < CLEAN.length; cues++) {
            CLEAN[cues] = new Scan(List.of(), cues, Set.of(), null);
        }
    }

    /**
     * @param cues the message's cue bits
     * @return the shared scan of a message with no detections and no channels named
     */
    static Scan clean(int cues) {
        return CLEAN[cues];
    }

    boolean has(int cue) {
        return (cues & cue) != 0;
    }

    boolean hasCategory(Category... categories) {
        for (Detection d : detections) {
            for (Category c : categories) {
                if (d.category() == c) {
                    return true;
                }
            }
        }
        return false;
    }
}
