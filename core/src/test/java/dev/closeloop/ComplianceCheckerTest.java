package dev.closeloop;

import dev.closeloop.spi.Confidence;
import dev.closeloop.spi.Detection;
import dev.closeloop.spi.DetectionSink;
import dev.closeloop.spi.Detector;
import dev.closeloop.spi.ScanContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplianceCheckerTest {
    static final PlatformPolicy POLICY = PlatformPolicy.builder(Platform.AMAZON).allowDomain("amazon.*").build();
    static final ComplianceChecker CHECKER = ComplianceChecker.builder().policy(POLICY).build();
    /** A platform with no rules of its own: core's tests have no platform rules module. */
    static final PlatformPolicy ALIEXPRESS = PlatformPolicy.builder(Platform.ALIEXPRESS).build();

    @Test
    void evaluate_nullArguments_throwNamingTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> CHECKER.evaluate((String) null, Platform.AMAZON));
        assertTrue(e.getMessage().contains("'text'"), e.getMessage());
        e = assertThrows(NullPointerException.class, () -> CHECKER.evaluate("hi", (Platform) null));
        assertTrue(e.getMessage().contains("'platform'"), e.getMessage());
        e = assertThrows(NullPointerException.class, () -> CHECKER.evaluate((Message) null, POLICY));
        assertTrue(e.getMessage().contains("'message'"), e.getMessage());
        e = assertThrows(NullPointerException.class, () -> CHECKER.evaluate(Message.of("x"), (PlatformPolicy) null));
        assertTrue(e.getMessage().contains("'policy'"), e.getMessage());
    }

    @Test
    void evaluate_emptyText_isAllowed() {
        assertEquals(Decision.ALLOW, CHECKER.evaluate("", Platform.AMAZON).decision());
    }

    @Test
    void evaluate_platformWithoutPolicy_saysWhatToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CHECKER.evaluate("hi", Platform.OZON));
        assertTrue(e.getMessage().contains("closeloop-platform-rules"), e.getMessage());
    }

    @Test
    void standard_withCoreAlone_saysWhichArtifactToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class, ComplianceChecker::standard);
        assertTrue(e.getMessage().contains("dev.closeloop:closeloop-platform-rules"), e.getMessage());
    }

    @Test
    void channelNameWrittenOneLetterPerLine_isFound() {
        Verdict v = CHECKER.evaluate("w\ne\nc\nh\na\nt\n: luna_shop", Platform.AMAZON);
        assertEquals(Decision.BLOCK, v.decision(), v.toString());
        assertEquals("w\ne\nc\nh\na\nt\n: luna_shop", v.findings().get(0).excerpt());
        assertEquals(Decision.BLOCK, CHECKER.evaluate("T\nE\nL\nE\nG\nR\nA\nM @shop_owner", Platform.AMAZON).decision());
    }

    @Test
    void evaluate_textOverTheLimit_isRejectedWithTheFix() {
        ComplianceChecker small = ComplianceChecker.builder().policy(POLICY).maxTextLength(10).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.evaluate("0123456789A", Platform.AMAZON));
        assertTrue(e.getMessage().contains("maxTextLength"), e.getMessage());
    }

    @Test
    void evaluate_malformedUnicodeAndControls_neverThrow() {
        String[] nasty = {"\ud800", "\udc00abc", "a\ud800\ud800b", "\u202e\u202d加我微信\u200f lily_0909", "\u0000\u0001\u0007\u001b[31m",
                "\ufeff\ufeff", "@", "@@@@", "....", "+", "++++", "(((", "艾特", "dot dot dot", "一二三四五六七八九零一二三",
                "\ud83d\ude00\ud83d", "１２３４５６７８９０１２３４５６７８９０１２３", "ⓐⓑⓒ①②③"};
        for (String s : nasty) {
            Verdict v = CHECKER.evaluate(s, Platform.AMAZON);
            for (Finding f : v.findings()) {
                assertEquals(s.substring(f.start(), f.end()), f.excerpt());
            }
        }
    }

    @Test
    void findings_spansMatchExcerpts_onGeneratedMessages() {
        Random r = new Random(7);
        String[] parts = {"加我", "薇信", "wx", ": ", "lily_0909", " ", "１３８", "一三八", "①②", "1234", "5678", "-", ".", "@", "qq",
                "点", "com", "艾特", "\u200b", "😀", "WhatsApp", "+86", "вотсап", "восемь", "t.me/", "shop", "www.", "PayPal",
                "转我", "好评返现", "5 stars", "free", "\ud800", "\n"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            String s = sb.toString();
            Verdict v = CHECKER.evaluate(s, Platform.AMAZON);
            for (Finding f : v.findings()) {
                assertTrue(0 <= f.start() && f.start() <= f.end() && f.end() <= s.length(), s);
                assertEquals(s.substring(f.start(), f.end()), f.excerpt(), s);
            }
        }
    }

    @Test
    void aFiveMegabyteMessage_isCheckedToItsEnd() {
        String unit = "Hello, order 113-4829105-7736214 ships today. 加我微信 lily_0909 或 138 1234 5678. ";
        String text = unit.repeat(5_000_000 / unit.length());
        Verdict v = CHECKER.evaluate(text, Platform.AMAZON);
        assertEquals(Decision.BLOCK, v.decision());
        int lastUnit = text.length() - unit.length();
        assertTrue(v.findings().stream().anyMatch(f -> f.start() >= lastUnit && f.excerpt().contains("138 1234 5678")),
                "the phone in the last repeat is found");
    }

    @Test
    void failingDetector_givesReviewNotAllow_andNamesTheDetector() {
        Detector broken = new ThrowingDetector();
        ComplianceChecker c = ComplianceChecker.builder().policy(POLICY).addDetector(broken).build();
        Verdict v = c.evaluate("hello", Platform.AMAZON);
        assertEquals(Decision.REVIEW, v.decision());
        assertEquals("detector-error", v.findings().get(0).ruleId());
        assertEquals("broken", v.findings().get(0).evidence().get("detector"));
        ComplianceChecker strict = ComplianceChecker.builder().policy(POLICY).addDetector(broken).onDetectorError(Decision.BLOCK).build();
        assertEquals(Decision.BLOCK, strict.evaluate("hello", Platform.AMAZON).decision());
        ComplianceChecker rethrow = ComplianceChecker.builder().policy(POLICY).addDetector(broken).rethrowDetectorErrors().build();
        assertThrows(IllegalStateException.class, () -> rethrow.evaluate("hello", Platform.AMAZON));
    }

    @Test
    void customDetector_reportsThroughTheSameApi() {
        Detector competitor = detector("competitor", (context, sink) -> {
            int i = context.normalized().toString().indexOf("acme");
            if (i >= 0) {
                sink.report(Detection.of(Category.PROMOTION, "acme.mention", context.originalStart(i),
                        context.originalEnd(i + 4), Confidence.CERTAIN, "Mentions a competitor."));
            }
        });
        ComplianceChecker c = ComplianceChecker.builder().policy(POLICY).addDetector(competitor).build();
        Verdict v = c.evaluate("try ＡＣＭＥ instead", Platform.AMAZON);
        assertEquals("ＡＣＭＥ", v.findings().get(0).excerpt());
    }

    @Test
    void customDetector_seesTheMessageItChecks_alsoWhenGivenOnlyText() {
        Message[] seen = new Message[2];
        Detector reader = detector("reader", (context, sink) -> {
            seen[0] = context.message();
            seen[1] = context.message();
            assertEquals(context.message().text(), context.text());
        });
        ComplianceChecker c = ComplianceChecker.builder().policy(POLICY).addDetector(reader).build();
        c.evaluate("see you soon", Platform.AMAZON);
        assertEquals(Message.of("see you soon"), seen[0]);
        assertSame(seen[0], seen[1]);
        Message m = Message.builder().text("thanks").stage(Stage.AFTER_SALE).build();
        c.evaluate(m, Platform.AMAZON);
        assertSame(m, seen[0]);
    }

    @Test
    void cleanMessages_shareOneVerdict_andAllocateNothing() {
        String[] clean = {"Your order 112-1234567-1234567 ships tomorrow.", "您好，包裹已发出，请耐心等待。", "Спасибо за заказ!"};
        Verdict first = CHECKER.evaluate(clean[0], Platform.AMAZON);
        assertEquals(Decision.ALLOW, first.decision());
        assertSame(first, CHECKER.evaluate(clean[1], Platform.AMAZON));
        assertSame(first, CHECKER.evaluate(Message.of(clean[2]), POLICY));

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long fewest = Long.MAX_VALUE;
        int calls = 20_000;
        // the least of several rounds: the first ones still run in the interpreter, as a service does only at start
        for (int round = 0; round < 10 && fewest > 0; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < calls; i++) {
                CHECKER.evaluate(clean[i % clean.length], Platform.AMAZON);
            }
            fewest = Math.min(fewest, (threads.getCurrentThreadAllocatedBytes() - before) / calls);
        }
        assertTrue(fewest < 8, fewest + " bytes allocated per clean message");
    }

    @Test
    void replyOnlyPolicy_stillFlagsACleanOpeningMessage() {
        PlatformPolicy replyOnly = POLICY.toBuilder().conversationRule(ConversationRule.REPLY_ONLY).build();
        ComplianceChecker c = ComplianceChecker.builder().policy(replyOnly).build();
        Verdict v = c.evaluate("Thanks for your order, enjoy!", Platform.AMAZON);
        assertEquals(List.of(Category.PROACTIVE_CONTACT), v.findings().stream().map(Finding::category).toList());
        assertSame(Verdict.allowed(Platform.AMAZON), CHECKER.evaluate("Thanks for your order, enjoy!", Platform.AMAZON));
    }

    @Test
    void userTermsPatternsAndAllowList_applyOnTopOfBuiltIns() {
        ComplianceChecker c = ComplianceChecker.builder().policy(POLICY)
                .addTerm("shopify", Category.PROMOTION)
                .addPattern("acme.order", "acme-\\d{4}", Category.EXTERNAL_LINK)
                .allowTerm("lily_0909")
                .allowDomain("mybrand-support.com")
                .build();
        assertTrue(c.evaluate("see our ＳＨＯＰＩＦＹ page", Platform.AMAZON).findings().stream()
                .anyMatch(f -> f.ruleId().equals("user.term")));
        assertTrue(c.evaluate("ref ACME-1234", Platform.AMAZON).findings().stream()
                .anyMatch(f -> f.ruleId().equals("acme.order") && f.excerpt().equals("ACME-1234")));
        assertEquals(Decision.ALLOW, c.evaluate("wechat: lily_0909", Platform.AMAZON).decision());
        assertEquals(Decision.ALLOW, c.evaluate("manual at https://mybrand-support.com/manual", Platform.AMAZON).decision());
        assertThrows(IllegalArgumentException.class, () -> ComplianceChecker.builder().addPattern("bad", "(a", Category.PROMOTION));
    }

    @Test
    void catastrophicUserPattern_runsInLinearTime() {
        ComplianceChecker c = ComplianceChecker.builder().policy(POLICY).withoutBuiltInDetectors()
                .addPattern("evil", "(a+)+$", Category.PROMOTION).build();
        String s = "a".repeat(1_000_000) + "!";
        long t = System.nanoTime();
        c.evaluate(s, Platform.AMAZON);
        assertTrue(System.nanoTime() - t < 10_000_000_000L);
    }

    @Test
    void builder_rejectsBadSettingsWithTheFix() {
        ComplianceChecker.Builder b = ComplianceChecker.builder();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.allowDomain("https://x.com/a")).getMessage().contains("example.com"));
        assertThrows(IllegalArgumentException.class, () -> b.onDetectorError(Decision.ALLOW));
        assertThrows(IllegalArgumentException.class, () -> b.maxTextLength(0));
        assertThrows(IllegalArgumentException.class, () -> b.addTerm("\u200b", Category.PROMOTION));
        assertThrows(NullPointerException.class, () -> b.addDetector(null));
    }

    @Test
    void verdictToString_showsExcerptsNotTheMessage() {
        String secret = "Dear Anna Ivanova of 12 Baker Street, call me at 138 1234 5678 thanks";
        Verdict v = CHECKER.evaluate(secret, Platform.AMAZON);
        assertFalse(v.toString().contains("Baker"), v.toString());
        assertFalse(Message.of(secret).toString().contains("Baker"));
    }

    @Test
    void policy_decidesTheAction_andPossibleFindingsOnlyReview() {
        PlatformPolicy lenient = POLICY.toBuilder().action(Category.CONTACT_INFO, Decision.REVIEW).build();
        assertEquals(Decision.REVIEW, CHECKER.evaluate(Message.of("call 138 1234 5678"), lenient).decision());
        assertEquals(Decision.BLOCK, CHECKER.evaluate(Message.of("call 138 1234 5678"), POLICY).decision());
        assertEquals(Decision.REVIEW, CHECKER.evaluate(Message.of("say hi @kate_22"), POLICY).decision());
    }

    @Test
    void amazonLinks_areAllowedByThePolicyDomains() {
        assertEquals(Decision.ALLOW, CHECKER.evaluate("See https://www.amazon.com/dp/B0C7YHQ2LM for the FAQ", Platform.AMAZON).decision());
        assertEquals(Decision.ALLOW, CHECKER.evaluate("returns: amazon.co.uk/returns", Platform.AMAZON).decision());
        assertEquals(Decision.BLOCK, CHECKER.evaluate("returns: amazon-deals.shop/returns", Platform.AMAZON).decision());
    }

    @Test
    void marketplacesOwnSupportNumber_isAllowedOnThatMarketplace_andNamedElsewhere() {
        for (String text : new String[] {"Please contact Amazon customer service at 1-888-280-4331.",
                "You can call Amazon at +1 888 280 4331 for a refund.", "Call Amazon support: 888-280-4331",
                "Amazon support from abroad: 001 206 266 2992"}) {
            assertEquals(Decision.ALLOW, CHECKER.evaluate(text, Platform.AMAZON).decision(), text);
            Verdict elsewhere = CHECKER.evaluate(Message.of(text), ALIEXPRESS);
            assertEquals(Decision.BLOCK, elsewhere.decision(), text);
            assertEquals("amazon.com", elsewhere.findings().get(0).evidence().get("host"), text);
            assertTrue(elsewhere.findings().get(0).explanation().contains("amazon.com's customer service"), text);
        }
        // one digit off is someone's own number
        assertEquals(Decision.BLOCK, CHECKER.evaluate("Call us at 1-888-280-4332.", Platform.AMAZON).decision());
        assertEquals(Decision.BLOCK, CHECKER.evaluate("Call us at 1-888-280-43310.", Platform.AMAZON).decision());
        PlatformPolicy wildberries = PlatformPolicy.builder(Platform.WILDBERRIES).allowDomain("wildberries.ru").build();
        PlatformPolicy ozon = PlatformPolicy.builder(Platform.OZON).allowDomain("ozon.ru").build();
        assertEquals(Decision.ALLOW, CHECKER.evaluate(Message.of("Горячая линия Wildberries 8-800-100-7-505"), wildberries).decision());
        assertEquals(Decision.BLOCK, CHECKER.evaluate(Message.of("Горячая линия Wildberries 8-800-100-7-505"), ozon).decision());
        assertEquals(Decision.ALLOW, CHECKER.evaluate(Message.of("Поддержка Ozon: +7 800 234-70-00"), ozon).decision());
        assertEquals(Decision.BLOCK, CHECKER.evaluate(Message.of("Позвоните нам: +7 800 234-70-01"), ozon).decision());
    }

    @Test
    void storePromotion_pointingToThePlatformItself_isAllowedThere_andBlockedElsewhere() {
        PlatformPolicy aliexpress = PlatformPolicy.builder(Platform.ALIEXPRESS).allowDomain("aliexpress.*").build();
        String text = "More colors in our store: aliexpress.com/store/1234567";
        assertEquals(Decision.ALLOW, CHECKER.evaluate(Message.of(text), aliexpress).decision());
        assertEquals(Decision.ALLOW, CHECKER.evaluate(Message.of("Follow our store aliexpress.com/store/1234567 for new arrivals"),
                aliexpress).decision());
        Verdict amazon = CHECKER.evaluate(Message.of(text), POLICY);
        assertEquals(Decision.BLOCK, amazon.decision());
        assertTrue(amazon.findings().stream().anyMatch(f -> f.category() == Category.PROMOTION
                && f.excerpt().equals("our store: aliexpress.com/store/1234567") && f.evidence().get("host").equals("aliexpress.com")));
        assertEquals(Decision.BLOCK, CHECKER.evaluate(Message.of("More colors in our store: glowhaven.com/new"), aliexpress).decision());
        assertEquals(Decision.BLOCK, CHECKER.evaluate(Message.of("Follow our Instagram @glow.haven.store"), aliexpress).decision());
    }

    @Test
    void storeOnAnotherMarketplace_isAPromotion_exceptOnThatMarketplace() {
        PlatformPolicy wildberries = PlatformPolicy.builder(Platform.WILDBERRIES).allowDomain("wildberries.ru").build();
        PlatformPolicy ozon = PlatformPolicy.builder(Platform.OZON).allowDomain("ozon.ru").build();
        String text = "Наш магазин есть и на Wildberries, там дешевле";
        assertEquals(Decision.ALLOW, CHECKER.evaluate(Message.of(text), wildberries).decision());
        Verdict onOzon = CHECKER.evaluate(Message.of(text), ozon);
        assertEquals(Decision.BLOCK, onOzon.decision());
        assertTrue(onOzon.findings().stream().anyMatch(f -> f.category() == Category.PROMOTION
                && f.evidence().get("host").equals("wildberries.ru")));
        String own = "Наш магазин на Ozon работает без выходных";
        assertEquals(Decision.ALLOW, CHECKER.evaluate(Message.of(own), ozon).decision());
        assertEquals(Decision.BLOCK, CHECKER.evaluate(Message.of(own), wildberries).decision());
        for (String store : new String[] {"Наш Ozon-магазин работает без выходных", "Free shipping over 2000 ₽ in our Ozon store"}) {
            assertEquals(Decision.ALLOW, CHECKER.evaluate(Message.of(store), ozon).decision(), store);
            Verdict onWildberries = CHECKER.evaluate(Message.of(store), wildberries);
            assertTrue(onWildberries.findings().stream().anyMatch(f -> f.category() == Category.PROMOTION
                    && f.evidence().get("host").equals("ozon.ru")), store);
        }
    }

    @Test
    void marketplaceTheBuyerIsSentToBuyOn_isAPromotion_exceptOnThatMarketplace() {
        PlatformPolicy aliexpress = PlatformPolicy.builder(Platform.ALIEXPRESS).allowDomain("aliexpress.com").build();
        PlatformPolicy temu = PlatformPolicy.builder(Platform.TEMU).allowDomain("temu.com").build();
        String[][] cases = {
                {"直接找我们买就行，在速卖通下单更便宜", "aliexpress.com"},
                {"You can buy it on AliExpress", "aliexpress.com"},
                {"Temu is cheaper for this one", "temu.com"},
        };
        for (String[] c : cases) {
            PlatformPolicy own = c[1].equals("temu.com") ? temu : aliexpress;
            PlatformPolicy other = own == temu ? aliexpress : temu;
            assertEquals(Decision.ALLOW, CHECKER.evaluate(Message.of(c[0]), own).decision(), c[0]);
            Verdict elsewhere = CHECKER.evaluate(Message.of(c[0]), other);
            assertTrue(elsewhere.findings().stream().anyMatch(f -> f.category() == Category.PROMOTION
                    && f.evidence().get("host").equals(c[1])), c[0]);
        }
    }

    @Test
    void phoneNumber_afterAWordThatNamesNoChannel_isSharedAsAPhone() {
        for (String text : new String[] {"扫码或拨打 13912345678", "联系方式 13912345678"}) {
            Finding f = CHECKER.evaluate(Message.of(text), ALIEXPRESS).findings().get(0);
            assertEquals("contact.phone", f.ruleId(), text);
            assertEquals("phone", f.evidence().get("channel"), text);
        }
    }

    @Test
    void phoneNumber_writtenWithLettersForDigits_pointsAtTheOriginalAndSaysSo() {
        String[][] cases = {
            {"我的电话是 138OO138OOO", "138OO138OOO", "(written with letters for digits)"},
            {"call me at +7 9I6 555 O1 23", "+7 9I6 555 O1 23", "(written with letters for digits)"},
            {"电话 壹叁捌 O0l2 伍陆柒捌", "壹叁捌 O0l2 伍陆柒捌", "(written with Chinese numerals)"},
            {"call me at 138 0013 8000", "138 0013 8000", "Phone number shared."},
        };
        for (String[] c : cases) {
            Finding f = CHECKER.evaluate(Message.of(c[0]), ALIEXPRESS).findings().get(0);
            assertEquals("contact.phone", f.ruleId(), c[0]);
            assertEquals(c[1], f.excerpt(), c[0]);
            assertTrue(f.explanation().contains(c[2]), f.explanation());
        }
    }

    @Test
    void linkWrittenWithSpacesForItsDots_isFoundWithItsHost_andAPromotionTakesItIn() {
        String[][] cases = {
            {"visit www glowhaven com for 20% off", "www glowhaven com", "glowhaven.com"},
            {"our site is glowhaven dotcom", "glowhaven dotcom", "glowhaven.com"},
        };
        for (String[] c : cases) {
            Verdict v = CHECKER.evaluate(Message.of(c[0]), ALIEXPRESS);
            Finding link = v.findings().stream().filter(f -> f.ruleId().equals("link.url")).findFirst().orElseThrow();
            assertEquals(c[1], link.excerpt(), c[0]);
            assertEquals(c[2], link.evidence().get("host"), c[0]);
            Finding promotion = v.findings().stream().filter(f -> f.ruleId().equals("promotion.outside")).findFirst().orElseThrow();
            assertTrue(promotion.excerpt().endsWith(c[1]), promotion.excerpt());
            assertEquals(c[2], promotion.evidence().get("host"), c[0]);
        }
    }

    @Test
    void message_copiesItsThreadAndChecksNulls() {
        List<Message> thread = new java.util.ArrayList<>(List.of(Message.fromBuyer("hi")));
        Message m = Message.builder().text("x").thread(thread).build();
        thread.clear();
        assertEquals(1, m.thread().size());
        assertThrows(UnsupportedOperationException.class, () -> m.thread().add(Message.of("y")));
        assertThrows(IllegalStateException.class, () -> Message.builder().build());
        assertThrows(NullPointerException.class, () -> Message.builder().thread(java.util.Arrays.asList(Message.of("a"), null)).text("b").build());
    }

    /** A custom detector with the given id that runs {@code body} on each message. */
    private static Detector detector(String id, BiConsumer<ScanContext, DetectionSink> body) {
        return new Detector() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void detect(ScanContext context, DetectionSink sink) {
                body.accept(context, sink);
            }
        };
    }
}
