package dev.closeloop.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link MixBenchmark} on the clean mixes, per language and all three mixed. They are steady within
 * 2 seconds.
 *
 * <p>Run: {@code mvn -pl benchmarks jmh:run -Djmh.args="EvaluateBenchmark -prof gc"}; {@code Evaluate|Violating}
 * runs the violating mix too.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
public class EvaluateBenchmark extends MixBenchmark {
    /** Which messages: a language, or all three mixed. */
    @Param({"mixed-clean", "zh-clean", "en-clean", "ru-clean"})
    public String messages;

    @Override
    String messages() {
        return messages;
    }
}
