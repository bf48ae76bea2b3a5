package dev.closeloop;

import dev.closeloop.spi.DetectionSink;
import dev.closeloop.spi.Detector;
import dev.closeloop.spi.ScanContext;

/** A detector that always throws, with the message text in its exception, to test fail-closed and privacy. */
final class ThrowingDetector implements Detector {
    @Override
    public String id() {
        return "broken";
    }

    @Override
    public void detect(ScanContext context, DetectionSink sink) {
        throw new IllegalStateException("cannot parse: " + context.text());
    }
}
