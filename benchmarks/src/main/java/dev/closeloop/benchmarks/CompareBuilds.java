package dev.closeloop.benchmarks;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Two builds of closeloop-core side by side in one JVM, each in its own class loader, for work on
 * the hot path, where a change should keep every verdict and move only the time:
 * <ul>
 *   <li>{@code verdicts}: evaluates the dev corpus, the one-line case files, the benchmark mixes and
 *       random and spliced texts on every platform with both builds and prints each verdict that
 *       differs (decision, suggestion, and each finding's category, rule, span and explanation); exits 1
 *       if any;
 *   <li>{@code time LANG ROUNDS}: evaluates one of the benchmark's 500-message mixes, clean ({@code mixed},
 *       {@code zh}, {@code en}, {@code ru}) or violating ({@code violating}), with the two builds in turn,
 *       round after round, so both meet the same machine noise, and prints the best and first-quartile
 *       times and the median of the per-round ratios. Identical builds give ratios within a few percent
 *       of 1. The violating mix needs about 1,500 rounds: its first 8 seconds are warm-up.
 * </ul>
 *
 * <pre>{@code
 * mvn -q -pl core compile && cp -r core/target/classes /tmp/core-before     # before the change
 * mvn -q -pl core compile                                                   # after it
 * mvn -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp benchmarks/target/classes:$(cat /tmp/cp.txt) dev.closeloop.benchmarks.CompareBuilds \
 *     /tmp/core-before core/target/classes verdicts
 * }</pre>
 *
 * <p>The class path must hold the rest of the library (platform rules, re2j, slf4j), and pinyin4j for a
 * build older than the bundled {@code pinyin.txt}, which read its pinyin table from pinyin4j; any
 * closeloop-core on it is left out of the two loaders.
 */
public final class CompareBuilds {
    private final Build[] builds = new Build[2];

    private CompareBuilds(String before, String after) throws ReflectiveOperationException, MalformedURLException {
        builds[0] = new Build(before);
        builds[1] = new Build(after);
    }

    /**
     * @param args the class folder or jar of the build before, of the build after, then {@code verdicts}
     *     [random-texts] or {@code time} lang rounds
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !(args[2].equals("verdicts") || args[2].equals("time") && args.length == 5)) {
            System.err.println("usage: CompareBuilds BEFORE AFTER verdicts [random-texts] | BEFORE AFTER time mixed|zh|en|ru|violating ROUNDS");
            System.exit(2);
        }
        CompareBuilds c = new CompareBuilds(args[0], args[1]);
        if (args[2].equals("verdicts")) {
            int differing = c.verdicts(texts(args.length > 3 ? Integer.parseInt(args[3]) : 50_000));
            System.exit(differing == 0 ? 0 : 1);
        }
        c.time(args[3], Integer.parseInt(args[4]));
    }

    private int verdicts(List<String> texts) throws ReflectiveOperationException {
        int differing = 0;
        for (String t : texts) {
            for (int p = 0; p < builds[0].platforms.length; p++) {
                String before = builds[0].verdict(t, p);
                String after = builds[1].verdict(t, p);
                if (!before.equals(after) && differing++ < 10) {
                    System.out.printf("%s [%s]%n  before: %s%n  after:  %s%n", builds[0].platforms[p], t, before, after);
                }
            }
        }
        System.out.printf("%d texts x %d platforms, %d differing verdicts%n", texts.size(), builds[0].platforms.length, differing);
        return differing;
    }

    private void time(String lang, int rounds) throws ReflectiveOperationException {
        List<String> mix = Messages.mix(lang.equals("violating") ? "mixed-violating" : lang + "-clean");
        long[][] t = new long[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int b = (r & 1) == 0 ? k : 1 - k; // alternate which build goes first
                long start = System.nanoTime();
                for (String m : mix) {
                    builds[b].evaluate(m, 0);
                }
                t[b][r] = System.nanoTime() - start;
            }
        }
        int from = rounds / 3; // the first third is warm-up
        double[] ratio = new double[rounds - from];
        for (int r = from; r < rounds; r++) {
            ratio[r - from] = t[1][r] / (double) t[0][r];
        }
        Arrays.sort(ratio);
        for (int b = 0; b < 2; b++) {
            long[] x = Arrays.copyOfRange(t[b], from, rounds);
            Arrays.sort(x);
            System.out.printf("%-6s best %7.0f us, first quartile %7.0f us per mix%n", b == 0 ? "before" : "after", x[0] / 1e3,
                    x[x.length / 4] / 1e3);
        }
        System.out.printf("after/before, median of %d rounds: %.3f%n", ratio.length, ratio[ratio.length / 2]);
    }

    /** Dev corpus, case files and benchmark mixes when present, then random texts and splices of all of them. */
    private static List<String> texts(int random) throws IOException {
        List<String> texts = new ArrayList<>();
        Path corpus = Path.of("../shared/corpus/dev.jsonl");
        if (Files.exists(corpus)) {
            for (String line : Files.readAllLines(corpus)) {
                String text = jsonString(line, "\"text\":");
                if (text != null) {
                    texts.add(text);
                }
            }
        }
        Path cases = Path.of("core/src/test/resources/dev/closeloop/cases");
        if (Files.isDirectory(cases)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(cases, "*.tsv")) {
                for (Path f : files) {
                    for (String line : Files.readAllLines(f)) {
                        texts.addAll(Arrays.asList(line.split("\t")));
                    }
                }
            }
        }
        for (long seed = 1; seed <= 4; seed++) {
            texts.addAll(Messages.mix(500, null, false, seed));
            texts.addAll(Messages.mix(500, null, true, seed));
        }
        Random r = new Random(1);
        // letters, digits and signs the detectors read, look-alikes, numerals, spelled symbols, zero-width and full-width chars
        String alphabet = "aaeeiioouuwwhhttsscchhpvxqlnmrdkg0123456789@$.-_*/|~ ,:#[]()+{}<> 微信薇威V加我电话号码支付宝转账"
                + "一二三四五六七八九零〇艾特点點瓦次普QQwhatsappteleg вотсапимтелеграмсобакаточкаком。，、！？\u200b\u00ad\uff41\uff10";
        for (int k = 0; k < random; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1 + r.nextInt(60); i > 0; i--) {
                char ch = alphabet.charAt(r.nextInt(alphabet.length()));
                sb.append(ch);
                if (r.nextInt(8) == 0) {
                    sb.append(ch).append(ch); // stretched letters and doubled separators
                }
            }
            texts.add(sb.toString());
        }
        int whole = texts.size();
        for (int k = 0; k < random / 2; k++) {
            String a = texts.get(r.nextInt(whole));
            String b = texts.get(r.nextInt(whole));
            texts.add(a.substring(0, r.nextInt(a.length() + 1)) + b.substring(r.nextInt(b.length() + 1)));
        }
        return texts;
    }

    /** The JSON string after {@code key} on a line of JSON Lines, unescaped; null when the line has none. */
    private static String jsonString(String line, String key) {
        int k = line.indexOf(key);
        if (k < 0) {
            return null;
        }
        int i = line.indexOf('"', k + key.length()) + 1;
        StringBuilder sb = new StringBuilder();
        for (; i < line.length() && line.charAt(i) != '"'; i++) {
            char ch = line.charAt(i);
            if (ch == '\\') {
                char e = line.charAt(++i);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** One build of core with the rest of the class path, in a loader of its own. */
    private static final class Build {
        final Object checker;
        final Method evaluate;
        final Object[] platforms;

        Build(String core) throws ReflectiveOperationException, MalformedURLException {
            List<URL> urls = new ArrayList<>();
            urls.add(new File(core).toURI().toURL());
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!entry.contains("closeloop-core") && !entry.replace('\\', '/').endsWith("core/target/classes")) {
                    urls.add(new File(entry).toURI().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> checkerClass = Class.forName("dev.closeloop.ComplianceChecker", true, loader);
            Class<?> platformClass = Class.forName("dev.closeloop.Platform", true, loader);
            checker = checkerClass.getMethod("standard").invoke(null);
            evaluate = checkerClass.getMethod("evaluate", String.class, platformClass);
            platforms = platformClass.getEnumConstants();
        }

        Object evaluate(String text, int platform) throws ReflectiveOperationException {
            try {
                return evaluate.invoke(checker, text, platforms[platform]);
            } catch (InvocationTargetException e) {
                return e.getCause().getClass().getName();
            }
        }

        String verdict(String text, int platform) throws ReflectiveOperationException {
            Object v = evaluate(text, platform);
            if (v instanceof String error) {
                return error;
            }
            StringBuilder sb = new StringBuilder(String.valueOf(v.getClass().getMethod("decision").invoke(v)));
            sb.append(' ').append(v.getClass().getMethod("suggestion").invoke(v));
            for (Object f : (List<?>) v.getClass().getMethod("findings").invoke(v)) {
                for (String part : new String[] {"category", "ruleId", "start", "end", "explanation"}) {
                    sb.append(' ').append(f.getClass().getMethod(part).invoke(f));
                }
                sb.append(" |");
            }
            return sb.toString();
        }
    }
}
