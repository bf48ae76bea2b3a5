package dev.closeloop;

import dev.closeloop.spi.Detector;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Concurrency, linear time on pathological input, and privacy of logs and error texts. */
class ReliabilityTest {
    static final PlatformPolicy POLICY = PlatformPolicy.builder(Platform.AMAZON)
            .conversationRule(ConversationRule.OFFLINE_PROPOSAL_MUST_BE_REFUSED).build();
    static final ComplianceChecker CHECKER = ComplianceChecker.builder().policy(POLICY).build();

    static List<Message> messages(int count) {
        String[] parts = {"加我薇信 lily_0909", "order 113-4829105-7736214 shipped", "call 138 1234 5678", "好评返现5元",
                "tracking 1Z4E782W0355182931", "pay me by PayPal directly", "Напишите в вотсап +7 926 511-38-04",
                "the lamp is 40 x 30 cm", "ｊｏｈｎ＠ｑｑ．ｃｏｍ", "wei xin: abc_123", "follow us on instagram", "ok dear 👍"};
        Random r = new Random(1);
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = parts[r.nextInt(parts.length)] + " " + parts[r.nextInt(parts.length)];
            Message.Builder b = Message.builder().text(text);
            if (r.nextBoolean()) {
                b.thread(List.of(Message.fromBuyer(parts[r.nextInt(parts.length)])));
            }
            out.add(b.build());
        }
        return out;
    }

    @Test
    void eightThreads_sharingOneChecker_giveTheSerialVerdicts() throws Exception {
        List<Message> ms = messages(1000);
        List<Verdict> serial = new ArrayList<>();
        for (Message m : ms) {
            serial.add(CHECKER.evaluate(m, POLICY));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 131;
                results.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int i = 0; i < 100_000; i++) {
                        int k = (i + offset) % ms.size();
                        if (!CHECKER.evaluate(ms.get(k), POLICY).equals(serial.get(k))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(0, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pathologicalInputs_takeTimeProportionalToLength() {
        List<String> names = List.of("digits", "separators", "one Hanzi", "zero-width", "@ and . runs", "alternating scripts",
                "spelled letters", "number words", "spaced numbers", "a real message");
        String message = "Hello, order 113-4829105-7736214 ships today. 加我微信 lily_0909 或 138 1234 5678. ";
        List<IntFunction<String>> inputs = List.of(
                n -> "1".repeat(n),
                n -> "-. ".repeat(n / 3),
                n -> "微".repeat(n),
                n -> "\u200b".repeat(n),
                n -> "@.".repeat(n / 2),
                n -> "aб".repeat(n / 2),
                n -> "w ".repeat(n / 2),
                n -> "one ".repeat(n / 4),
                n -> "12 ".repeat(n / 3),
                n -> message.repeat(n / message.length()));
        // The compiler needs over a second of this 2-core box before the scanners run at full speed (100 KB of
        // digits: 5.7 ms per run for the first 1.3 s, then 0.4 ms); timed before that, the ratio means nothing
        List<String> warmUps = inputs.stream().map(input -> input.apply(100_000)).toList();
        for (long until = System.nanoTime() + 3_000_000_000L; System.nanoTime() < until; ) {
            warmUps.forEach(ReliabilityTest::timeOf);
        }
        for (int i = 0; i < inputs.size(); i++) {
            // 1 MB against 10 MB, not 100 KB: 100 KB stays in the caches and reuses warm heap pages, and took a
            // tenth or less of the per-char time of 10 MB, which allocates fresh ones
            String small = inputs.get(i).apply(1_000_000);
            String big = inputs.get(i).apply(10_000_000);
            long smallNs = Long.MAX_VALUE;
            for (int w = 0; w < 3; w++) { // the best of three: a shared 2-core CI box is noisy
                smallNs = Math.min(smallNs, timeOf(small));
            }
            long bigNs = Long.MAX_VALUE;
            // the first 10 MB run also grows the heap, so take the better of two, and more only while over the bound:
            // a GC or a busy neighbour slows one run, a superlinear cost slows them all
            for (int attempt = 0; attempt < 2 || attempt < 4 && (double) bigNs / smallNs > MAX_RATIO; attempt++) {
                System.gc();
                bigNs = Math.min(bigNs, timeOf(big));
            }
            double ratio = (double) bigNs / smallNs;
            System.out.printf("%-20s 1 MB %7.1f ms, 10 MB %8.1f ms, ratio %5.1f%n", names.get(i), smallNs / 1e6, bigNs / 1e6, ratio);
            assertTrue(ratio <= MAX_RATIO, names.get(i) + ": 10 MB took " + ratio + "x the time of 1 MB");
        }
    }

    /**
     * Ten times the length may take at most this many times as long: linear is 10, n log n 11.7, n^1.5 31.6 and a
     * quadratic step 100. Linear code measured 1.0 to 17.5 here (below 10 where the 1 MB runs cost more per char),
     * so the bound leaves noise room and still fails anything from n^1.5 up.
     */
    static final double MAX_RATIO = 30;

    /** CPU time of this thread, so neither a busy neighbour nor the collector's threads count against the checker. */
    static final LongSupplier CLOCK = threadCpuTime();

    private static LongSupplier threadCpuTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads::getCurrentThreadCpuTime : System::nanoTime;
    }

    static long timeOf(String text) {
        long t0 = CLOCK.getAsLong();
        CHECKER.evaluate(text, Platform.AMAZON);
        return CLOCK.getAsLong() - t0;
    }

    @Test
    void logsAndErrors_neverCarryTheMessageText() {
        String secret = "Anna Ivanova, 12 Baker Street, пишите в вотсап +7 926 511-38-04 секрет";
        Detector leaky = new ThrowingDetector();
        ComplianceChecker c = ComplianceChecker.builder().policy(POLICY).addDetector(leaky).build();
        CapturingLogs.EVENTS.clear();
        Verdict v = c.evaluate(secret, Platform.AMAZON);
        assertEquals(Decision.BLOCK, v.decision());
        assertTrue(v.findings().stream().anyMatch(f -> f.ruleId().equals("detector-error")));
        assertFalse(CapturingLogs.EVENTS.isEmpty(), "the failure should be logged");
        for (String e : CapturingLogs.EVENTS) {
            assertFalse(e.contains("Baker") || e.contains("секрет"), e);
        }
        assertFalse(v.toString().contains("Baker"));
        IllegalArgumentException tooLong = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ComplianceChecker.builder().policy(POLICY).maxTextLength(5).build().evaluate(secret, Platform.AMAZON));
        assertFalse(tooLong.getMessage().contains("Baker"));
    }
}
