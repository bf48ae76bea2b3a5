package dev.closeloop;

import dev.closeloop.internal.Checks;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The answer for one message: a {@link Decision}, the {@link Finding}s behind it, and a compliant
 * wording the seller could send instead.
 *
 * <p>Immutable and thread-safe. The decision is always the strictest action among the findings,
 * {@link Decision#ALLOW} when there are none. Verdicts are values: compare them with
 * {@link #equals}; a checker hands out one shared instance per platform for every message without
 * findings.
 */
public final class Verdict {
    private static final Comparator<Finding> BY_SPAN =
            (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end());
    /** The verdicts without findings, by platform ordinal, shared because most messages get one. */
    private static final Verdict[] ALLOWED = new Verdict[Platform.values().length];

    static {
        for (Platform p : Platform.values()) {
            ALLOWED[p.ordinal()] = new Verdict(p, new Finding[0], null);
        }
    }

    private final Platform platform;
    private final Decision decision;
    private final List<Finding> findings;
    private final String suggestion;

    /**
     * @param platform the platform whose policy decided, not null
     * @param findings the findings, not null; kept ordered by start, then end
     * @param suggestion a compliant wording to propose, or null for none
     */
    public Verdict(Platform platform, List<Finding> findings, String suggestion) {
        this(Checks.notNull(platform, "platform"), Checks.notNull(findings, "findings").toArray(new Finding[0]), suggestion);
    }

    /** Takes {@code findings}, an array no one else holds, sorting it in place. */
    Verdict(Platform platform, Finding[] findings, String suggestion) {
        this.platform = platform;
        Arrays.sort(findings, BY_SPAN);
        this.findings = List.of(findings);
        Decision d = Decision.ALLOW;
        for (Finding f : findings) {
            d = d.max(f.action());
        }
        this.decision = d;
        this.suggestion = suggestion;
    }

    /** @return the shared verdict with no findings and no suggestion for {@code platform} */
    static Verdict allowed(Platform platform) {
        return ALLOWED[platform.ordinal()];
    }

    /** @return what to do with the message */
    public Decision decision() {
        return decision;
    }

    /** @return the findings ordered by start offset, never null */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the platform whose policy made the decision */
    public Platform platform() {
        return platform;
    }

    /**
     * A compliant wording the seller could send instead, from the platform policy, in the message's
     * language where the policy has one; empty when the message is allowed or the policy has none.
     *
     * @return the suggestion
     */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    /** @return true when the decision is {@link Decision#ALLOW} */
    public boolean isAllowed() {
        return decision == Decision.ALLOW;
    }

    /** Shows the decision and the findings' excerpts, never the whole message. */
    @Override
    public String toString() {
        return "Verdict[" + platform + " " + decision + ", findings=" + findings + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verdict v && v.platform == platform && v.findings.equals(findings)
                && java.util.Objects.equals(v.suggestion, suggestion);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(platform, findings, suggestion);
    }
}
