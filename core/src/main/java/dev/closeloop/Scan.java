package dev.closeloop;

import dev.closeloop.spi.Detection;

import java.util.List;
import java.util.Set;

/**
 * What the detectors made of one message: its detections, its cue bits (see
 * {@link dev.closeloop.internal.ScanState#cues()}) and, when asked for, the channels it names.
 */
record Scan(List<Detection> detections, int cues, Set<String> channels) {

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
