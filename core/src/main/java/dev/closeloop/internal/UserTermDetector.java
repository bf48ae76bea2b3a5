package dev.closeloop.internal;

import dev.closeloop.Category;
import dev.closeloop.spi.Confidence;
import dev.closeloop.spi.Detection;
import dev.closeloop.spi.DetectionSink;

/** Reports the terms a user added on the checker's builder, each under the category it was given. */
final class UserTermDetector extends BuiltInDetector {

    @Override
    public String id() {
        return "user-terms";
    }

    @Override
    void detect(ScanState s, DetectionSink sink) {
        for (int h = 0; h < s.hits.size; h++) {
            if (s.hits.kind[h] == TermKind.USER.ordinal()) {
                Term t = s.term(h);
                sink.report(Detection.of(Category.valueOf(t.value()), "user.term", s.originalStart(s.hits.start[h]),
                        s.originalEnd(s.hits.end[h]), Confidence.CERTAIN, "Matches a term added to this checker."));
            }
        }
    }
}
