package dev.closeloop.internal;

import dev.closeloop.spi.DetectionSink;
import dev.closeloop.spi.Detector;
import dev.closeloop.spi.ScanContext;

/**
 * A detector that reads the shared per-message analysis (normalized text and term hits) instead of
 * scanning the message again. Built-in detectors run only inside a checker, which always passes
 * the {@link ScanState} it prepared.
 */
abstract class BuiltInDetector implements Detector {

    @Override
    public final void detect(ScanContext context, DetectionSink sink) {
        if (!(context instanceof ScanState state)) {
            throw new IllegalArgumentException("Built-in detector '" + id() + "' runs only inside a ComplianceChecker.");
        }
        detect(state, sink);
    }

    abstract void detect(ScanState state, DetectionSink sink);

    @Override
    public String toString() {
        return id();
    }
}
