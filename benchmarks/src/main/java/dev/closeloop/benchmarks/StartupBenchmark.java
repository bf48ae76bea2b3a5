package dev.closeloop.benchmarks;

import dev.closeloop.Category;
import dev.closeloop.ComplianceChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Building a checker: {@code standard()} (lexicon and pinyin table shared per JVM) and a checker
 * with one user term, which compiles its own lexicon and automaton. Single-shot on a warm JVM.
 *
 * <p>Run: {@code mvn -pl benchmarks jmh:run -Djmh.args="StartupBenchmark"}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class StartupBenchmark {

    @Benchmark
    public ComplianceChecker standard() {
        return ComplianceChecker.standard();
    }

    @Benchmark
    public ComplianceChecker withOwnLexicon() {
        return ComplianceChecker.builder().addTerm("acme-shop", Category.PROMOTION).build();
    }
}
