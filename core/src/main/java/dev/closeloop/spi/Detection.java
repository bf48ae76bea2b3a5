package dev.closeloop.spi;

import dev.closeloop.Category;
import dev.closeloop.internal.Checks;

import java.util.Map;

/**
 * What a {@link Detector} reports: a span of the original text, what it is, and why.
 * The checker turns detections into {@link dev.closeloop.Finding}s by applying the platform policy.
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the kind of behaviour
 * @param ruleId a stable id, such as {@code "contact.phone"}; dot-separated lower case by convention
 * @param start start offset in the original text (UTF-16), inclusive
 * @param end end offset in the original text, exclusive
 * @param confidence how sure the detector is
 * @param explanation one English sentence saying what was found; the policy adds the rule citation
 * @param evidence short structured details; never message text beyond the span itself
 */
public record Detection(Category category, String ruleId, int start, int end, Confidence confidence,
                        String explanation, Map<String, String> evidence) {

    /**
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code start > end} or {@code start < 0}
     */
    public Detection {
        Checks.notNull(category, "category");
        Checks.notNull(ruleId, "ruleId");
        Checks.notNull(confidence, "confidence");
        Checks.notNull(explanation, "explanation");
        Checks.notNull(evidence, "evidence");
        Checks.argument(0 <= start && start <= end, "The span [%d, %d) is not a valid range.", start, end);
        evidence = Map.copyOf(evidence);
    }

    /**
     * A detection with no structured evidence.
     *
     * @param category the kind of behaviour
     * @param ruleId a stable rule id
     * @param start start offset in the original text
     * @param end end offset, exclusive
     * @param confidence how sure
     * @param explanation one English sentence
     * @return the detection
     */
    public static Detection of(Category category, String ruleId, int start, int end, Confidence confidence,
                               String explanation) {
        return new Detection(category, ruleId, start, end, confidence, explanation, Map.of());
    }
}
