package dev.closeloop.benchmarks;

import dev.closeloop.ComplianceChecker;
import dev.closeloop.Platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a violation costs in its message: each message of the violating mix is timed against the same message
 * before its violation went in, best of many passes each, and the differences are summed per violating fragment.
 * A fragment evaluated as a message of its own also pays for what every message costs; here only what the
 * violation adds to the message around it is left.
 *
 * <pre>java -cp ... dev.closeloop.benchmarks.ViolationCost [seconds]</pre>
 */
public final class ViolationCost {
    private static long sink;

    private ViolationCost() {}

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 40;
        List<Messages.Generated> mix = Messages.messages(500, null, true, 42);
        ComplianceChecker checker = ComplianceChecker.standard();
        long[] with = new long[mix.size()];
        long[] without = new long[mix.size()];
        Arrays.fill(with, Long.MAX_VALUE);
        Arrays.fill(without, Long.MAX_VALUE);
        // the finding path takes the C2 thread about 10 s (docs/performance.md): the first half only warms up
        long start = System.nanoTime();
        long half = start + seconds * 500_000_000L;
        long end = start + seconds * 1_000_000_000L;
        for (long now = start; now < end; ) {
            for (int i = 0; i < mix.size(); i++) {
                long a = System.nanoTime();
                evaluate(checker, mix.get(i).text());
                long b = System.nanoTime();
                evaluate(checker, mix.get(i).withoutViolation());
                now = System.nanoTime();
                if (a > half) {
                    with[i] = Math.min(with[i], b - a);
                    without[i] = Math.min(without[i], now - b);
                }
            }
        }
        Map<String, long[]> byFragment = new LinkedHashMap<>(); // fragment -> {messages, ns added}
        long totalWith = 0;
        long totalWithout = 0;
        for (int i = 0; i < mix.size(); i++) {
            totalWith += with[i];
            totalWithout += without[i];
            long[] f = byFragment.computeIfAbsent(mix.get(i).violation(), k -> new long[2]);
            f[0]++;
            f[1] += with[i] - without[i];
        }
        System.out.printf("%d messages, sum of best times: %.1f us with their violations, %.1f us without: %.0f ns per violation, %.0f %%%n",
                mix.size(), totalWith / 1e3, totalWithout / 1e3, (totalWith - totalWithout) / (double) mix.size(),
                100.0 * (totalWith - totalWithout) / totalWith);
        byFragment.forEach((fragment, f) -> System.out.printf("%6.0f ns x %3d  %s%n", f[1] / (double) f[0], f[0], fragment.strip()));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void evaluate(ComplianceChecker checker, String text) {
        sink += checker.evaluate(text, Platform.ALIEXPRESS).findings().size();
    }
}
