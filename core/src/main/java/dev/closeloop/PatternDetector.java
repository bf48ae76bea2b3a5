package dev.closeloop;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.closeloop.spi.Confidence;
import dev.closeloop.spi.Detection;
import dev.closeloop.spi.DetectionSink;
import dev.closeloop.spi.Detector;
import dev.closeloop.spi.ScanContext;

import java.util.EnumSet;
import java.util.Set;

/**
 * A user-supplied pattern, compiled once with re2j so that no pattern, however written, can make a
 * check take more than linear time. Runs over the normalized text; spans are mapped back.
 */
final class PatternDetector implements Detector {
    private final String ruleId;
    private final Pattern pattern;
    private final Category category;

    PatternDetector(String ruleId, String regex, Category category) {
        this.ruleId = ruleId;
        this.category = category;
        try {
            this.pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("The pattern for rule '" + ruleId + "' is not valid re2j syntax ("
                    + e.getDescription() + "); re2j has no lookaround or backreferences.", e);
        }
    }

    @Override
    public String id() {
        return "pattern:" + ruleId;
    }

    @Override
    public Set<Category> categories() {
        return EnumSet.of(category);
    }

    @Override
    public void detect(ScanContext context, DetectionSink sink) {
        Matcher m = pattern.matcher(context.normalized());
        while (m.find()) {
            if (m.end() > m.start()) {
                sink.report(Detection.of(category, ruleId, context.originalStart(m.start()), context.originalEnd(m.end()),
                        Confidence.CERTAIN, "Matches the pattern of rule " + ruleId + "."));
            }
        }
    }
}
