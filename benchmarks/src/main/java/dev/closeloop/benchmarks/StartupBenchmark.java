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
 * with one user term, which compiles its own lexicon and automaton, single-shot on a warm JVM; and
 * {@code standard()} as the first call of a fresh JVM, which builds the shared lexicon, automaton and
 * tables: what a service or a command-line run pays at start-up. That one runs in five forks of one
 * call each, unless {@code jmh.args} sets warm-up iterations or forks for every benchmark.
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
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public ComplianceChecker standardInAFreshJvm() {
        return ComplianceChecker.standard();
    }

    @Benchmark
    public ComplianceChecker withOwnLexicon() {
        return ComplianceChecker.builder().addTerm("acme-shop", Category.PROMOTION).build();
    }
}
