package dev.closeloop.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link MixBenchmark} on the mixes with violations, all three languages: {@code mixed-half}, where every
 * other message carries one (the realistic mix of clean and violating messages, see
 * {@link Messages#mix(String)}), and {@code mixed-violating}, where every message does.
 *
 * <p>It warms up for 20 seconds because the finding path runs through many large methods, which the one C2
 * compiler thread of a 2-core machine compiles in turn: on a busy machine its passes were steady after
 * about 8 seconds, and after 16-18 before the fixes of 2026-12-02 to what made C2 compile methods again;
 * until then a pass takes two to four times as long. The margin is for busier hosts.
 *
 * <p>Run: {@code mvn -pl benchmarks jmh:run -Djmh.args="ViolatingBenchmark -prof gc"}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 10, time = 2)
public class ViolatingBenchmark extends MixBenchmark {
    /** Which messages: all three languages, half of the messages or each with one violation. */
    @Param({"mixed-half", "mixed-violating"})
    public String messages;

    @Override
    String messages() {
        return messages;
    }
}
