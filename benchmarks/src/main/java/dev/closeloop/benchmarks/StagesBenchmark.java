package dev.closeloop.benchmarks;

import dev.closeloop.ComplianceChecker;
import dev.closeloop.Platform;
import dev.closeloop.internal.Stages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Where the time of one evaluation goes, on one clean message per length: normalization alone, the
 * automaton scan alone (over the text normalized once in setup), the phone, e-mail and URL scanners
 * alone (over that text and its term hits), and the full evaluation.
 * The length sweep (100 to 100,000 chars) shows the cost is linear. {@code -prof gc} gives the
 * allocation per call ({@code gc.alloc.rate.norm}).
 *
 * <p>Run: {@code mvn -pl benchmarks jmh:run -Djmh.args="StagesBenchmark -prof gc"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class StagesBenchmark {
    /** Message length in chars. */
    @Param({"100", "200", "2000", "10000", "100000"})
    public int length;

    private String text;
    private Stages.Prepared prepared;
    private ComplianceChecker checker;

    @Setup
    public void setUp() {
        text = Messages.ofLength(length);
        prepared = Stages.prepare(text);
        checker = ComplianceChecker.standard();
        if (Stages.normalize(text) <= 0 || checker.evaluate(text, Platform.AMAZON) == null) {
            throw new IllegalStateException("setup failed");
        }
    }

    @Benchmark
    public int normalize() {
        return Stages.normalize(text);
    }

    @Benchmark
    public int scanTerms() {
        return prepared.scanTerms();
    }

    @Benchmark
    public int scanContacts() {
        return prepared.scanContacts();
    }

    @Benchmark
    public Object evaluate() {
        return checker.evaluate(text, Platform.AMAZON).decision();
    }

    @Benchmark
    @Threads(2)
    public Object evaluateTwoThreads() {
        return checker.evaluate(text, Platform.AMAZON).decision();
    }
}
