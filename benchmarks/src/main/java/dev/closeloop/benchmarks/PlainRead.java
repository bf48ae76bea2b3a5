package dev.closeloop.benchmarks;

/** The floor every ratio is taken against: one read of every char of a message, summed so the JIT keeps it. */
final class PlainRead {
    private PlainRead() {}

    static int sum(String m) {
        int h = 0;
        for (int i = 0; i < m.length(); i++) {
            h += m.charAt(i);
        }
        return h;
    }
}
