package dev.closeloop.spi;

/**
 * Receives a {@link Detector}'s detections for one message. Not thread-safe: use it only from the
 * thread that called {@link Detector#detect}, during that call.
 */
@FunctionalInterface
public interface DetectionSink {

    /**
     * Reports one detection.
     *
     * @param detection the detection, with offsets into the original text; not null
     */
    void report(Detection detection);
}
