package dev.closeloop.spi;

import dev.closeloop.Message;

/**
 * What a {@link Detector} sees of one message: the original text, its normalized form, and the
 * map between the two.
 *
 * <p>The normalized text is folded once per message: full-width to ASCII, lower case, circled and
 * keycap digits and Chinese numerals in number runs to ASCII digits, look-alike letters to the
 * script of their word, zero-width characters dropped, letters spelled out one by one joined.
 * A context is valid only during the {@link Detector#detect} call that received it; do not keep it.
 */
public interface ScanContext {

    /** @return the message being checked */
    Message message();

    /** @return the original text, the same as {@code message().text()} */
    default String text() {
        return message().text();
    }

    /** @return the normalized text; valid only during the current call */
    CharSequence normalized();

    /**
     * Maps a start offset in the normalized text back to the original text.
     *
     * @param normalizedStart an offset in {@code [0, normalized().length()]}
     * @return the original offset where the normalized char at {@code normalizedStart} came from
     */
    int originalStart(int normalizedStart);

    /**
     * Maps an exclusive end offset in the normalized text back to the original text.
     *
     * @param normalizedEnd an offset in {@code [0, normalized().length()]}
     * @return the original offset just after the source of the normalized char before {@code normalizedEnd}
     */
    int originalEnd(int normalizedEnd);
}
