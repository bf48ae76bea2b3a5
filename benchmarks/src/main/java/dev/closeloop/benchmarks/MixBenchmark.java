package dev.closeloop.benchmarks;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import dev.closeloop.ComplianceChecker;
import dev.closeloop.Decision;
import dev.closeloop.Platform;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Full evaluation of a realistic message mix, side by side with the peer keyword filter (houbb
 * sensitive-word with its width/case/number-style folding, number, e-mail and URL checks and a
 * ~70-term channel and payment list) and a plain read of every char. One operation is one pass over
 * the whole mix; divide the mix's chars by the time per operation for chars per second. The clean
 * mixes are {@link EvaluateBenchmark}, those with violations {@link ViolatingBenchmark}: they differ in
 * how long they warm up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Measurement(iterations = 3, time = 2)
public abstract class MixBenchmark {
    /** Which implementation reads the messages. */
    @Param({"closeloop", "peer", "plainRead"})
    public String impl;

    private List<String> mix;
    private ComplianceChecker checker;
    private SensitiveWordBs peer;
    /** Total chars in the mix, printed so results convert to chars per second. */
    public long chars;

    /**
     * @return which messages: a language ({@code mixed} for all three), a dash, and {@code clean}, {@code half} or
     *     {@code violating} (see {@link Messages#mix(String)})
     */
    abstract String messages();

    @Setup(Level.Trial)
    public void setUp() {
        mix = Messages.mix(messages());
        chars = mix.stream().mapToLong(String::length).sum();
        checker = ComplianceChecker.standard();
        peer = Peer.filter();
        // a broken implementation must not report a fast time: check the mix once
        long flagged = mix.stream().filter(m -> checker.evaluate(m, Platform.ALIEXPRESS).decision() != Decision.ALLOW).count();
        long violating = Math.round(mix.size() * Messages.violatingShare(messages()));
        if (flagged < violating * 0.9 || flagged > violating + (mix.size() - violating) * 0.05) {
            throw new IllegalStateException("closeloop flagged " + flagged + " of " + mix.size() + " " + messages() + " messages");
        }
        System.out.printf("%n[%s] %d messages, %d chars%n", messages(), mix.size(), chars);
    }

    @Benchmark
    public void evaluate(Blackhole bh) {
        switch (impl) {
            case "closeloop" -> {
                for (String m : mix) {
                    bh.consume(checker.evaluate(m, Platform.ALIEXPRESS).decision());
                }
            }
            case "peer" -> {
                for (String m : mix) {
                    bh.consume(peer.contains(m));
                }
            }
            default -> {
                for (String m : mix) {
                    bh.consume(PlainRead.sum(m));
                }
            }
        }
    }
}
