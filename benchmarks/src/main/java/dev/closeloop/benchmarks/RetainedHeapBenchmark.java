package dev.closeloop.benchmarks;

import dev.closeloop.Category;
import dev.closeloop.ComplianceChecker;
import dev.closeloop.Platform;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * The heap a checker keeps, in bytes of used heap after full collections, reported as the counters of
 * {@link Retained}: {@code standard()} as the first call of a fresh JVM (the shared lexicon, automaton, pinyin
 * table and char tables, and the checker), the per-thread scan state of its first evaluation, a second checker on
 * the same engine, and a checker with a lexicon of its own. JMH has used the JDK's lambda, string and regex
 * machinery before the call, as a service would have, so none of that is counted. The time this benchmark prints
 * includes the collections and says nothing; read the counters. JMH adds counters up over forks and measured
 * iterations, so this runs one fork of one call with no warm-up, unless {@code jmh.args} sets forks or iterations
 * for every benchmark (the quick look's {@code -wi 1} builds the engine before the measured call).
 *
 * <p>Run: {@code mvn -pl benchmarks jmh:run -Djmh.args="RetainedHeapBenchmark"}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class RetainedHeapBenchmark {

    /** The bytes each step keeps; JMH reports every public long field. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Retained {
        public long standardFirstInJvm;
        public long threadScanState;
        public long secondChecker;
        public long ownLexiconChecker;
        private String text;

        @Setup
        public void setUp() {
            text = Messages.ofLength(2_000);
        }
    }

    @Benchmark
    public Object retainedHeap(Retained r) {
        long start = usedAfterFullGc();
        ComplianceChecker standard = ComplianceChecker.standard();
        long built = usedAfterFullGc();
        standard.evaluate(r.text, Platform.AMAZON);
        long evaluated = usedAfterFullGc();
        ComplianceChecker second = ComplianceChecker.builder().build();
        long secondBuilt = usedAfterFullGc();
        ComplianceChecker own = ComplianceChecker.builder().addTerm("acme-shop", Category.PROMOTION).build();
        long ownBuilt = usedAfterFullGc();
        r.standardFirstInJvm = built - start;
        r.threadScanState = evaluated - built;
        r.secondChecker = secondBuilt - evaluated;
        r.ownLexiconChecker = ownBuilt - secondBuilt;
        return new Object[] {standard, second, own};
    }

    /** Used heap after collections that free everything unreachable; repeated until it stops shrinking. */
    private static long usedAfterFullGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
