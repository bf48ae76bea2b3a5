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
 * <p>The two texts of a pair are timed one right after the other, and the second of them runs faster: it reads
 * nearly the same chars the first just read. So the order alternates from pass to pass, and the cost is given for
 * each order and for their mean.
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
        // [order][message]: order 0 times the text with its violation first, order 1 the text without it first
        long[][] with = new long[2][mix.size()];
        long[][] without = new long[2][mix.size()];
        for (int order = 0; order < 2; order++) {
            Arrays.fill(with[order], Long.MAX_VALUE);
            Arrays.fill(without[order], Long.MAX_VALUE);
        }
        // the finding path takes the C2 thread about 10 s (docs/performance.md): the first half only warms up
        long start = System.nanoTime();
        long half = start + seconds * 500_000_000L;
        long end = start + seconds * 1_000_000_000L;
        int order = 0;
        for (long now = start; now < end; order ^= 1) {
            for (int i = 0; i < mix.size(); i++) {
                String first = order == 0 ? mix.get(i).text() : mix.get(i).withoutViolation();
                String second = order == 0 ? mix.get(i).withoutViolation() : mix.get(i).text();
                long a = System.nanoTime();
                evaluate(checker, first);
                long b = System.nanoTime();
                evaluate(checker, second);
                now = System.nanoTime();
                if (a > half) {
                    long[] w = with[order];
                    long[] wo = without[order];
                    w[i] = Math.min(w[i], order == 0 ? b - a : now - b);
                    wo[i] = Math.min(wo[i], order == 0 ? now - b : b - a);
                }
            }
        }
        Map<String, long[]> byFragment = new LinkedHashMap<>(); // fragment -> {messages, ns added in order 0, in order 1}
        long[] totalWith = new long[2];
        long[] totalWithout = new long[2];
        for (int i = 0; i < mix.size(); i++) {
            long[] f = byFragment.computeIfAbsent(mix.get(i).violation(), k -> new long[3]);
            f[0]++;
            for (int o = 0; o < 2; o++) {
                totalWith[o] += with[o][i];
                totalWithout[o] += without[o][i];
                f[1 + o] += with[o][i] - without[o][i];
            }
        }
        for (int o = 0; o < 2; o++) {
            System.out.printf("%s first: %d messages, sum of best times %.1f us with their violations, %.1f us without: "
                            + "%.0f ns per violation, %.0f %%%n", o == 0 ? "violation" : "clean text", mix.size(),
                    totalWith[o] / 1e3, totalWithout[o] / 1e3, (totalWith[o] - totalWithout[o]) / (double) mix.size(),
                    100.0 * (totalWith[o] - totalWithout[o]) / totalWith[o]);
        }
        long added = totalWith[0] - totalWithout[0] + totalWith[1] - totalWithout[1];
        System.out.printf("mean of the two orders: %.0f ns per violation, %.0f %% of the mix%n", added / 2.0 / mix.size(),
                100.0 * added / (totalWith[0] + totalWith[1]));
        System.out.println("   mean ns  violation first  clean text first  x messages  fragment");
        byFragment.forEach((fragment, f) -> System.out.printf("%10.0f %16.0f %17.0f %11d  %s%n", (f[1] + f[2]) / 2.0 / f[0],
                f[1] / (double) f[0], f[2] / (double) f[0], f[0], fragment.strip()));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void evaluate(ComplianceChecker checker, String text) {
        sink += checker.evaluate(text, Platform.ALIEXPRESS).findings().size();
    }
}
