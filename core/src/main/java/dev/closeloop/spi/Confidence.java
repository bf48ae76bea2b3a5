package dev.closeloop.spi;

/**
 * How sure a detector is that a span breaks the rule. The policy's action for a {@link #POSSIBLE}
 * detection is lowered to {@code REVIEW} at most: thin evidence never blocks a message on its own.
 */
public enum Confidence {
    /** The words fit, but context could make them innocent; a person should decide. */
    POSSIBLE,
    /** The span breaks the rule as written. */
    CERTAIN
}
