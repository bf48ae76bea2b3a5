package dev.closeloop;

/**
 * What the caller should do with a message. Constants are ordered from the most permissive to the
 * strictest, so a verdict's decision is the greatest action among its findings.
 */
public enum Decision {
    /** The message can be sent as written. */
    ALLOW,
    /** A person should look at the message before it is sent; the evidence is thin or the rule needs judgement. */
    REVIEW,
    /** Sending the message as written would break the platform's rule. */
    BLOCK;

    /**
     * Returns the stricter of this decision and {@code other}.
     *
     * @param other another decision, not null
     * @return {@code other} if it is stricter than this, else this
     */
    public Decision max(Decision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
