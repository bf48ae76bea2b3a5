package dev.closeloop.cli;

import java.io.PrintStream;

/**
 * Progress on stderr: a bar with rate and time left when stderr is a terminal, a plain line every
 * few seconds otherwise (so logs of batch runs stay readable). Prints nothing for runs under 2 s.
 */
final class Progress {
    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private final String unit;

    Progress(PrintStream err, boolean terminal, String unit) {
        this.err = err;
        this.terminal = terminal;
        this.unit = unit;
    }

    void update(long done, long total) {
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 5_000_000_000L;
        if (now - lastPrint < interval || now - start < 2_000_000_000L) {
            return;
        }
        lastPrint = now;
        double secs = (now - start) / 1e9;
        double rate = done / secs;
        long eta = rate > 0 && total > done ? (long) ((total - done) / rate) : 0;
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            err.printf("\r[%s%s] %d/%d %s  %.0f/s  ETA %ds ", "#".repeat(filled), " ".repeat(width - filled), done, total, unit, rate, eta);
        } else {
            err.printf("closeloop audit: %d/%d %s, %.0f/s, about %d s left%n", done, total, unit, rate, eta);
        }
    }

    void done() {
        if (terminal && System.nanoTime() - start >= 2_000_000_000L) {
            err.println();
        }
    }
}
