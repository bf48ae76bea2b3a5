package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanTest {
    @Test
    void aSpanGivesBackItsStartAndEnd() {
        long span = Span.of(5, 9);
        assertEquals(5, Span.start(span));
        assertEquals(9, Span.end(span));
    }

    @Test
    void offsetsAsLongAsAStringAllowsSurviveTheRoundTrip() {
        long span = Span.of(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
        assertEquals(Integer.MAX_VALUE - 1, Span.start(span));
        assertEquals(Integer.MAX_VALUE, Span.end(span));
    }

    @Test
    void everySpanIsAtLeastZeroSoNoneStandsApart() {
        assertTrue(Span.of(0, 0) >= 0);
        assertTrue(Span.of(Integer.MAX_VALUE, Integer.MAX_VALUE) >= 0);
        assertTrue(Span.NONE < 0);
    }
}
