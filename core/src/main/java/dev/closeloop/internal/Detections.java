package dev.closeloop.internal;

import dev.closeloop.spi.Detection;
import dev.closeloop.spi.DetectionSink;
import dev.closeloop.spi.Detector;

import java.util.ArrayList;
import java.util.List;

/**
 * The sink every detector reports one message's detections to: checks each span against the text
 * and keeps the detections in order. One per {@link ScanState}, so reused from message to message;
 * a list is made only on the first detection, and a clean message allocates nothing here. Not
 * thread-safe.
 */
public final class Detections implements DetectionSink {
    private int length;
    private Detector current;
    private List<Detection> found;

    void reset(int length) {
        this.length = length;
        current = null;
        found = null;
    }

    /** @param detector the detector whose reports follow, named in the error for a span outside the text */
    public void reportingFor(Detector detector) {
        current = detector;
    }

    @Override
    public void report(Detection detection) {
        Checks.notNull(detection, "detection");
        if (detection.end() > length) {
            throw new IllegalArgumentException("Detector '" + (current == null ? "?" : current.id()) + "' reported the span ["
                    + detection.start() + ", " + detection.end() + ") outside a text of " + length + " chars.");
        }
        add(detection);
    }

    /** Adds a detection the checker itself made, such as one standing for a detector that failed. */
    public void add(Detection detection) {
        if (found == null) {
            found = new ArrayList<>(4);
        }
        found.add(detection);
    }

    /**
     * Hands over this message's detections; the next message starts a list of its own.
     *
     * @return the detections in the order they were reported, an empty immutable list when there are none
     */
    public List<Detection> take() {
        List<Detection> all = found == null ? List.of() : found;
        found = null;
        return all;
    }
}
