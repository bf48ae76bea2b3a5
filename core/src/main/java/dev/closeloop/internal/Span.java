package dev.closeloop.internal;

/**
 * A span {@code [start, end)} of a normalized text packed into one {@code long}, start in the high half, so a
 * reader on the finding path can return a span without allocating. {@link #NONE} stands for no span: every
 * packed span is at least 0, so a caller tests for one with {@code span >= 0}.
 */
final class Span {
    /** No span. */
    static final long NONE = -1;

    private Span() {}

    /** @return {@code [start, end)} as one value; both must be at least 0 */
    static long of(int start, int end) {
        return (long) start << 32 | end;
    }

    static int start(long span) {
        return (int) (span >>> 32);
    }

    static int end(long span) {
        return (int) span;
    }
}
