package dev.closeloop.benchmarks;

import dev.closeloop.Category;
import dev.closeloop.ComplianceChecker;
import dev.closeloop.Platform;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * The heap a checker retains, as used heap after full collections in a fresh JVM: {@code standard()} (the shared
 * lexicon, automaton, pinyin table and char tables, and the checker with its policies), the per-thread scan state
 * the first evaluation creates, a second checker on the same engine, and a checker with a lexicon of its own.
 * JMH's single-shot modes time a call but do not weigh what it keeps, so this is a program of its own; run it
 * alone, since it reads the whole heap.
 *
 * <pre>java -cp ... dev.closeloop.benchmarks.RetainedHeap</pre>
 */
public final class RetainedHeap {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private RetainedHeap() {}

    public static void main(String[] args) {
        String text = Messages.ofLength(2_000);
        long start = usedAfterFullGc();
        ComplianceChecker standard = ComplianceChecker.standard();
        long built = usedAfterFullGc();
        standard.evaluate(text, Platform.AMAZON);
        long evaluated = usedAfterFullGc();
        ComplianceChecker second = ComplianceChecker.builder().build();
        long secondBuilt = usedAfterFullGc();
        ComplianceChecker own = ComplianceChecker.builder().addTerm("acme-shop", Category.PROMOTION).build();
        long ownBuilt = usedAfterFullGc();
        Reference.reachabilityFence(standard);
        Reference.reachabilityFence(second);
        Reference.reachabilityFence(own);
        System.out.printf("standard(), first in the JVM:           %,9d B%n", built - start);
        System.out.printf("the thread's scan state, first evaluate: %,9d B%n", evaluated - built);
        System.out.printf("a second checker on the same engine:     %,9d B%n", secondBuilt - evaluated);
        System.out.printf("a checker with its own lexicon:          %,9d B%n", ownBuilt - secondBuilt);
    }

    /** Used heap after collections that free everything unreachable; repeated until it stops shrinking. */
    private static long usedAfterFullGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
