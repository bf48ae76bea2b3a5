package dev.closeloop;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One-line cases for every built-in detector, read from {@code cases/*.tsv}: each line names the
 * category a finding must carry (and optionally its exact excerpt), or ALLOW for a hard negative.
 * Run under a policy that blocks every category, so the cases test detection, not platform rules.
 */
class DetectionCasesTest {
    static final ComplianceChecker CHECKER = ComplianceChecker.builder()
            .policy(PlatformPolicy.builder(Platform.TEMU).build()).build();
    static final PlatformPolicy BLOCK_ALL = PlatformPolicy.builder(Platform.TEMU).build();

    static Stream<Arguments> contactPositives() {
        return Cases.read("contact-positives");
    }

    static Stream<Arguments> contactNegatives() {
        return Cases.read("contact-negatives");
    }

    static Stream<Arguments> channelPositives() {
        return Cases.read("channel-positives");
    }

    static Stream<Arguments> channelNegatives() {
        return Cases.read("channel-negatives");
    }

    static Stream<Arguments> payment() {
        return Cases.read("payment");
    }

    static Stream<Arguments> protection() {
        return Cases.read("protection");
    }

    static Stream<Arguments> promotion() {
        return Cases.read("promotion");
    }

    static Stream<Arguments> review() {
        return Cases.read("review");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource({"contactPositives", "contactNegatives"})
    void contact_isFoundWithItsExactSpan_andCodesAreNot(String expect, String text, String excerpt) {
        check(expect, text, excerpt);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource({"channelPositives", "channelNegatives"})
    void channel_isFoundThroughDisguises_andSoundAlikesAreNot(String expect, String text, String excerpt) {
        check(expect, text, excerpt);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource({"payment", "protection", "promotion", "review"})
    void intent_isFound_andRefusalsAndPlatformFeaturesAreNot(String expect, String text, String excerpt) {
        check(expect, text, excerpt);
    }

    /**
     * Every case line holding a Hanzi that has a traditional form, written in traditional characters (联系 as 聯繫), with
     * its excerpt: pass one folds them back, so each is decided as its simplified line is, and its findings point at the
     * traditional text.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("chineseCasesInTraditional")
    void chineseCase_writtenInTraditionalCharacters_isDecidedAsInSimplified(String expect, String text, String excerpt) {
        check(expect, text, excerpt);
    }

    static Stream<Arguments> chineseCasesInTraditional() throws java.io.IOException {
        Map<Character, Character> traditional = new HashMap<>();
        try (java.io.InputStream in = DetectionCasesTest.class.getResourceAsStream("/dev/closeloop/internal/traditional.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && line.length() == 3) {
                    traditional.putIfAbsent(line.charAt(2), line.charAt(0)); // the first of several: 发 as 發, not 髮
                }
            }
        }
        List<Arguments> out = new ArrayList<>();
        for (String file : new String[] {"contact-positives", "contact-negatives", "channel-positives", "channel-negatives",
                "payment", "protection", "promotion", "review"}) {
            Cases.read(file).forEach(a -> {
                Object[] p = a.get();
                String text = toTraditional((String) p[1], traditional);
                if (!text.equals(p[1])) {
                    out.add(Arguments.of(p[0], text, p[2] == null ? null : toTraditional((String) p[2], traditional)));
                }
            });
        }
        assertTrue(out.size() > 300, "only " + out.size() + " case lines have a traditional spelling");
        return out.stream();
    }

    private static String toTraditional(String s, Map<Character, Character> traditional) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(traditional.getOrDefault(s.charAt(i), s.charAt(i)));
        }
        return sb.toString();
    }

    static void check(String expect, String text, String excerpt) {
        Verdict v = CHECKER.evaluate(Message.builder().text(text).thread(java.util.List.of(Message.fromBuyer("hi"))).build(), BLOCK_ALL);
        for (Finding f : v.findings()) {
            assertEquals(text.substring(f.start(), f.end()), f.excerpt());
        }
        if (expect.equals("ALLOW")) {
            assertEquals(Decision.ALLOW, v.decision(), () -> "expected no finding in: " + text + " but got " + v.findings());
            return;
        }
        Category c = Category.valueOf(expect);
        assertNotEquals(Decision.ALLOW, v.decision(), () -> "nothing found in: " + text);
        assertTrue(v.findings().stream().anyMatch(f -> f.category() == c),
                () -> "no " + c + " finding in: " + text + " but " + v.findings());
        if (excerpt != null && !excerpt.isEmpty()) {
            assertTrue(v.findings().stream().anyMatch(f -> f.category() == c && f.excerpt().equals(excerpt)),
                    () -> "no " + c + " finding with excerpt '" + excerpt + "' in " + v.findings());
        }
    }
}
