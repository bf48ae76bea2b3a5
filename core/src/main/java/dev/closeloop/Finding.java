package dev.closeloop;

import dev.closeloop.internal.Checks;

import java.util.Map;

/**
 * One reason a message may break a platform rule: what was found, where, and what the platform's
 * policy asks for.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets into the <em>original</em> text of the
 * evaluated message, end exclusive, so {@code text.substring(f.start(), f.end())} equals
 * {@link #excerpt()} whatever normalization was needed to find it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the kind of behaviour found
 * @param ruleId a stable id of the rule that matched, such as {@code "contact.phone"}
 * @param start where the excerpt starts in the original text
 * @param end where it ends, exclusive
 * @param excerpt the original text between {@code start} and {@code end}
 * @param action what the platform's policy asks for because of this finding
 * @param explanation one English sentence naming what was found and the platform rule
 * @param evidence structured details (such as {@code channel=wechat}, {@code evasion=homophone});
 *     keys and values are short ids, never the message text
 */
public record Finding(Category category, String ruleId, int start, int end, String excerpt,
                      Decision action, String explanation, Map<String, String> evidence) {

    /**
     * Creates a finding, checking its components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the span is negative or its length differs from the excerpt's
     */
    public Finding {
        Checks.notNull(category, "category");
        Checks.notNull(ruleId, "ruleId");
        Checks.notNull(excerpt, "excerpt");
        Checks.notNull(action, "action");
        Checks.notNull(explanation, "explanation");
        Checks.notNull(evidence, "evidence");
        Checks.argument(0 <= start && start <= end && end - start == excerpt.length(),
                "The span [%d, %d) does not fit an excerpt of %d chars.", start, end, excerpt.length());
        evidence = Map.copyOf(evidence);
    }

    /** Prints the excerpt, never the rest of the message. */
    @Override
    public String toString() {
        return category + " " + ruleId + " [" + start + "," + end + ") '" + excerpt + "' -> " + action;
    }
}
