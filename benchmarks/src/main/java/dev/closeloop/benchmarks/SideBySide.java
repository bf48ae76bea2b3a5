package dev.closeloop.benchmarks;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import dev.closeloop.ComplianceChecker;
import dev.closeloop.Platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ratios of the JMH tables measured in turn in one JVM: each round times one pass of Closeloop, one of
 * the peer and 20 plain reads over the same mix (each after an untimed one), and the medians of the
 * per-round ratios are printed.
 * JMH runs each implementation in forks minutes apart, and on a shared host whose speed changes by up to
 * 1.8× within seconds its ratios depend on which phases each fork met; rounds of a tenth of a second see
 * the same phase.
 *
 * <pre>java -cp ... dev.closeloop.benchmarks.SideBySide [rounds] [mix ...]</pre>
 */
public final class SideBySide {
    private static final int PLAIN_READS = 20;
    private static long sink;

    private SideBySide() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        List<String> mixes = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("mixed-half", "mixed-clean", "zh-clean", "en-clean", "ru-clean", "mixed-violating");
        ComplianceChecker checker = ComplianceChecker.standard();
        SensitiveWordBs peer = Peer.filter();
        System.out.println("mix: closeloop, peer, plain read (median ms per pass); peer/closeloop, closeloop/plain (median of rounds, quartiles)");
        for (String name : mixes) {
            List<String> mix = Messages.mix(name);
            // the finding path of the mixes with violations takes the C2 thread about 10 s (docs/performance.md)
            long warm = System.nanoTime() + (name.endsWith("clean") ? 8 : 20) * 1_000_000_000L;
            while (System.nanoTime() < warm) {
                closeloop(checker, mix);
                peer(peer, mix);
                plain(mix);
            }
            List<Double> vsPeer = new ArrayList<>();
            List<Double> vsPlain = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                // each timed pass follows an untimed one, so it finds the caches as its own runs left them: the
                // peer allocates about 90 MB per pass, which would otherwise evict what the next one reads
                closeloop(checker, mix);
                double c = closeloop(checker, mix);
                peer(peer, mix);
                double p = peer(peer, mix);
                plain(mix);
                double f = plain(mix);
                ours.add(c);
                theirs.add(p);
                floor.add(f);
                vsPeer.add(p / c);
                vsPlain.add(c / f);
            }
            System.out.printf("%-16s %.3f, %.2f, %.4f ms; %.1fx (%.1f-%.1f), 1/%.0f (1/%.0f-1/%.0f)%n", name,
                    median(ours), median(theirs), median(floor), median(vsPeer), quartile(vsPeer, 1), quartile(vsPeer, 3),
                    median(vsPlain), quartile(vsPlain, 1), quartile(vsPlain, 3));
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static double closeloop(ComplianceChecker checker, List<String> mix) {
        long t = System.nanoTime();
        for (String m : mix) {
            sink += checker.evaluate(m, Platform.ALIEXPRESS).decision().ordinal();
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private static double peer(SensitiveWordBs peer, List<String> mix) {
        long t = System.nanoTime();
        for (String m : mix) {
            sink += peer.contains(m) ? 1 : 0;
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private static double plain(List<String> mix) {
        long t = System.nanoTime();
        for (int k = 0; k < PLAIN_READS; k++) {
            for (String m : mix) {
                sink += PlainRead.sum(m);
            }
        }
        return (System.nanoTime() - t) / 1e6 / PLAIN_READS;
    }

    private static double median(List<Double> v) {
        return quartile(v, 2);
    }

    private static double quartile(List<Double> v, int q) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, s.size() * q / 4));
    }
}
