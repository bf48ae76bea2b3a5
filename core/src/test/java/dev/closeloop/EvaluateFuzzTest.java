package dev.closeloop;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.closeloop.internal.NormalizedText;
import dev.closeloop.internal.Normalizer;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@code evaluate} and the normalizer over any text, platform, stage and thread (Jazzer fuzzes one
 * test per JVM, so both live here). Properties: nothing throws; the offset map is monotone and inside the text;
 * every finding's span lies in the text and its excerpt equals the span; the same input gives the
 * same verdict; zero-width characters inserted between characters change no decision.
 *
 * <p>Every build fuzzes for a short while (JAZZER_FUZZ=1 is set for surefire); inputs that once
 * failed are kept under {@code src/test/resources/dev/closeloop/EvaluateFuzzTestInputs/} and replayed.
 */
class EvaluateFuzzTest {
    static final ComplianceChecker CHECKER = ComplianceChecker.builder()
            .policy(PlatformPolicy.builder(Platform.AMAZON).allowDomain("amazon.*").build())
            .policy(PlatformPolicy.builder(Platform.ALIEXPRESS).conversationRule(ConversationRule.OFFLINE_PROPOSAL_MUST_BE_REFUSED).build())
            .policy(PlatformPolicy.builder(Platform.ALIBABA_COM).conversationRule(ConversationRule.BUYER_RAISED_CHANNEL_MAY_BE_ANSWERED)
                    .conversationRule(ConversationRule.ORDER_STAGE_SHIPPING_CONTACT_ALLOWED).build())
            .policy(PlatformPolicy.builder(Platform.OZON).conversationRule(ConversationRule.REPLY_ONLY).build())
            .build();
    static final Platform[] PLATFORMS = {Platform.AMAZON, Platform.ALIEXPRESS, Platform.ALIBABA_COM, Platform.OZON};
    static final char[] ZERO_WIDTH = {'\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'};

    @FuzzTest(maxDuration = "25s")
    void evaluate_holdsItsPropertiesOnAnyInput(FuzzedDataProvider data) {
        Platform platform = data.pickValue(PLATFORMS);
        Stage stage = data.pickValue(Stage.values());
        List<Message> thread = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            String t = data.consumeString(80);
            thread.add(data.consumeBoolean() ? Message.fromBuyer(t) : Message.fromSeller(t));
        }
        String text = data.consumeRemainingAsString();
        checkOffsetMap(text);
        Message message = Message.builder().text(text).stage(stage).thread(thread).build();
        Verdict v = CHECKER.evaluate(message, platform);
        for (Finding f : v.findings()) {
            assertTrue(0 <= f.start() && f.start() <= f.end() && f.end() <= text.length());
            assertEquals(text.substring(f.start(), f.end()), f.excerpt());
        }
        assertEquals(v, CHECKER.evaluate(message, platform));
        String hidden = withZeroWidth(text, text.length() * 31 + 7);
        Verdict h = CHECKER.evaluate(message.toBuilder().text(hidden).build(), platform);
        assertEquals(v.decision(), h.decision(), "zero-width characters changed the decision");
    }

    /** The normalizer's offset map is monotone, inside the text, and gives every normalized char a source. */
    static void checkOffsetMap(String text) {
        NormalizedText out = new NormalizedText();
        Normalizer.normalize(text, new NormalizedText(), out);
        int prev = 0;
        for (int i = 0; i < out.length(); i++) {
            int s = out.sourceStart(i);
            int e = out.sourceEnd(i + 1);
            assertTrue(0 <= s && s < e && e <= text.length(), "char " + i);
            assertTrue(s >= prev, "start went back at " + i);
            prev = s;
        }
    }

    /** Inserts zero-width characters between code points, at positions chosen by {@code seed}. */
    static String withZeroWidth(String s, int seed) {
        StringBuilder sb = new StringBuilder(s.length() * 2);
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(cp);
            i += Character.charCount(cp);
            if (r.nextInt(3) == 0) {
                sb.append(ZERO_WIDTH[r.nextInt(ZERO_WIDTH.length)]);
            }
        }
        return sb.toString();
    }
}
