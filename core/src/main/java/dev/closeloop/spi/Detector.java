package dev.closeloop.spi;

/**
 * Finds one kind of off-platform behaviour in a message. Built-in detectors implement this
 * interface too; register your own with {@link dev.closeloop.ComplianceChecker.Builder#addDetector}.
 *
 * <p><b>Thread-safety:</b> one instance is called from many threads at once; implementations must
 * be stateless or immutable after construction, and should do all expensive preparation (pattern
 * compilation, lexicon loading) in their constructor, never per call.
 *
 * <p>A detector that throws does not let the message through: the checker reports a
 * {@code detector-error} finding with action {@code REVIEW} instead.
 */
public interface Detector {

    /** @return a short stable id, such as {@code "contact"}; used in error findings and logs */
    String id();

    /**
     * The categories this detector reports. When the detector fails, the checker reports its
     * {@code detector-error} finding under the first of them.
     *
     * @return the categories, not empty; all categories unless overridden
     */
    default java.util.Set<dev.closeloop.Category> categories() {
        return java.util.EnumSet.allOf(dev.closeloop.Category.class);
    }

    /**
     * Reports every detection in the message to {@code sink}. Offsets given to the sink are
     * offsets of the original text; map normalized offsets with {@link ScanContext#originalStart}
     * and {@link ScanContext#originalEnd}.
     *
     * @param context the message and its normalized text, valid during this call only
     * @param sink where to report detections
     */
    void detect(ScanContext context, DetectionSink sink);
}
