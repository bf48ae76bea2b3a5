package dev.closeloop.rules;

import dev.closeloop.Category;
import dev.closeloop.ComplianceChecker;
import dev.closeloop.Decision;
import dev.closeloop.Message;
import dev.closeloop.Platform;
import dev.closeloop.PlatformPolicy;
import dev.closeloop.Stage;
import dev.closeloop.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each conversation rule of the bundled policies, in Chinese, English and Russian. */
class ConversationRulesTest {
    static final ComplianceChecker CHECKER = ComplianceChecker.standard();

    static Verdict reply(Platform p, Stage stage, String buyer, String seller) {
        Message.Builder b = Message.builder().text(seller).stage(stage);
        if (!buyer.isEmpty()) {
            b.thread(List.of(Message.fromBuyer(buyer)));
        }
        return CHECKER.evaluate(b.build(), p);
    }

    static boolean has(Verdict v, Category c) {
        return v.findings().stream().anyMatch(f -> f.category() == c && f.action() != Decision.ALLOW);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "ALLOW | My WhatsApp is +44 7700 900461, message me there | Sure, my WhatsApp is +86 158 3917 2046 (Grace)",
            "ALLOW | Please email me the price list: buyer.ops@outlook.com | Noted, I will send it from anna.pumps@outlook.com",
            "ALLOW | 你们微信多少？我想看工厂视频 | 我的微信是 zhongwei_fastener，加的时候备注阿里巴巴",
            "ALLOW | 我下周去工厂，电话多少？ | 欢迎！我电话 182 2615 7039，到了打给我",
            "ALLOW | Дайте ваш телеграм, так удобнее | Мой телеграм @abc_factory, пишите",
            "BLOCK | Please quote 3000 pcs | Our manager will follow up, his whatsapp 0086-159-2846-0731",
            "BLOCK | 这款起订量多少？ | 起订量1000个，您加下我V信 cupfactory_amy",
            "BLOCK | Сколько стоит 500 штук? | Напишите в вотсап +86 152 4038 7716",
    })
    void alibaba_buyerRaisedChannel_mayBeAnswered(Decision expected, String buyer, String seller) {
        assertEquals(expected, reply(Platform.ALIBABA_COM, Stage.PRE_ORDER, buyer, seller).decision());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ALLOW | Please send the receiver's phone number and full address for DHL.",
            "ALLOW | 麻烦把收件人电话和地址发我一下，我好做面单。",
            "ALLOW | Пришлите, пожалуйста, телефон получателя и адрес для доставки.",
            "REVIEW | For all future orders just email me at lisa@hengda-valves.com",
            "REVIEW | 订单收到了，以后直接加我微信 ruixin_mold 联系吧",
            "REVIEW | В следующий раз пишите мне в телеграм @hengda_lisa",
    })
    void alibaba_orderStage_shippingContactAllowed_ownContactReviewed(Decision expected, String seller) {
        assertEquals(expected, reply(Platform.ALIBABA_COM, Stage.ORDER_PLACED, "", seller).decision());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "BLOCK | Can I pay you via PayPal directly? I'll add 5$ | ok dear",
            "BLOCK | Can I send the money by bank transfer to your account directly? | 👌",
            "BLOCK | do you have whatsapp? my number is +351 912 448 307, text me there | what color do you want?",
            "BLOCK | 我能直接微信转账给你吗？这样便宜点吧 | 可以的亲",
            "BLOCK | 我们私下交易吧，你给我个银行卡号 | 好的",
            "BLOCK | Можно перевести вам на карту напрямую? Так дешевле | давайте",
            "BLOCK | 能不能微信付款？ | 可以的亲",
            "BLOCK | 可不可以支付宝转账？ | 可以",
            "BLOCK | Do you accept PayPal? | Yes we do",
            "BLOCK | Можно оплатить переводом на карту? | Да, конечно",
            "BLOCK | Давайте в телеграм? | Хорошо",
            "ALLOW | 能不能微信付款？ | 不好意思亲，只能在速卖通下单付款哦",
            "ALLOW | 这个收银机支持微信支付吗？ | 支持的亲",
            "ALLOW | 能不能便宜一点？ | 可以的亲，给您改价",
            "ALLOW | Can I pay you via PayPal directly? | Thank you dear, but we can only accept payment through AliExpress.",
            "ALLOW | 可以微信转账吗 | 抱歉亲,为了保障您的权益,只能在速卖通下单付款哦",
            "ALLOW | Дайте телеграм, там удобнее общаться | Извините, мы общаемся только в чате AliExpress.",
            "ALLOW | Is this bag waterproof? | Yes dear, fully waterproof.",
    })
    void aliexpress_offlineProposal_mustBeRefused(Decision expected, String buyer, String seller) {
        Verdict v = reply(Platform.ALIEXPRESS, Stage.PRE_ORDER, buyer, seller);
        assertEquals(expected, v.decision(), v.toString());
        assertEquals(expected == Decision.BLOCK, has(v, Category.TACIT_ACCEPTANCE), v.toString());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "BLOCK | | Здравствуйте! Ваш заказ уже ждёт в пункте выдачи.",
            "BLOCK | | 您好，您买的蓝牙耳机今天已经发出了，请注意查收。",
            "BLOCK | | Hello! The vase set you liked is back in stock.",
            "ALLOW | Когда отправите заказ? | Заказ собран, передадим в доставку завтра.",
            "ALLOW | 这个电热水壶多少瓦？ | 亲，功率1800W，容量1.7L。",
            "ALLOW | Does this lamp have an EU plug? | Yes, EU plug, 220V.",
            "BLOCK | Подойдёт на iPhone 15? | Да! Подпишитесь на наш магазин — подписчикам скидка 10%",
            "BLOCK | Есть видео? | Смотрите на нашем канале t.me/lumo_lamps",
    })
    void ozon_sellersMayOnlyReply_andNotMarket(Decision expected, String buyer, String seller) {
        Verdict v = reply(Platform.OZON, Stage.ORDER_PLACED, buyer == null ? "" : buyer, seller);
        assertEquals(expected, v.decision(), v.toString());
        if (buyer == null) {
            assertTrue(has(v, Category.PROACTIVE_CONTACT));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "REVIEW | Your video is 200 MB and messaging takes 10 MB, please upload it at https://www.dropbox.com/request/Kx8T and we'll reply right back here in this Amazon thread.",
            "REVIEW | The firmware file is 1.3 GB, too large for messaging: email firmware@deskfab.com and we'll confirm the fix back in this Amazon thread.",
            "REVIEW | 固件文件太大无法在这里发送，请发邮件到 fw@lumatek.com，修好后我们回到这里在这里回复您。",
            "BLOCK | reach me on WhatsApp 917 555 0139, much easier there",
            "ALLOW | You can start the return here: https://www.amazon.com/gp/css/returns/homepage.html",
            "BLOCK | Our whole catalog lives on glowhaven dot com, code AMZFRIEND20 for 20% off",
    })
    void amazon_justifiedException_isReviewed(Decision expected, String seller) {
        assertEquals(expected, reply(Platform.AMAZON, Stage.AFTER_SALE, "The fan is noisy", seller).decision());
    }

    @Test
    void userModifiedPolicy_allowsADomainAndDowngradesACategory() {
        PlatformPolicy mine = Policies.of(Platform.AMAZON).toBuilder()
                .allowDomain("mybrand-support.com")
                .action(Category.PROMOTION, Decision.REVIEW)
                .build();
        Message link = Message.of("Manual: https://mybrand-support.com/manuals/x1.pdf");
        assertEquals(Decision.BLOCK, CHECKER.evaluate(link, Platform.AMAZON).decision());
        assertEquals(Decision.ALLOW, CHECKER.evaluate(link, mine).decision());
        Message promo = Message.of("follow us for weekly deals!");
        assertEquals(Decision.BLOCK, CHECKER.evaluate(promo, Platform.AMAZON).decision());
        assertEquals(Decision.REVIEW, CHECKER.evaluate(promo, mine).decision());
    }

    @Test
    void verdict_offersCompliantWordingInTheMessageLanguage() {
        Verdict zh = CHECKER.evaluate("亲，加我微信 lily_0909", Platform.ALIEXPRESS);
        assertTrue(zh.suggestion().orElseThrow().contains("速卖通"), zh.suggestion().toString());
        Verdict ru = CHECKER.evaluate("Напишите в вотсап +7 926 511-38-04", Platform.WILDBERRIES);
        assertTrue(ru.suggestion().orElseThrow().contains("Wildberries"), ru.suggestion().toString());
        Verdict pay = CHECKER.evaluate("亲，直接支付宝转我私人账户", Platform.ALIEXPRESS);
        assertEquals("亲,为保障您的资金安全与售后服务,请务必在速卖通完成支付哦~", pay.suggestion().orElseThrow());
        assertTrue(CHECKER.evaluate("Thanks for your order!", Platform.AMAZON).suggestion().isEmpty());
    }

    @Test
    void everyPlatform_hasAPolicyWithCitations() {
        for (Platform p : Platform.values()) {
            PlatformPolicy policy = CHECKER.policies().get(p);
            for (Category c : Category.values()) {
                assertTrue(!policy.citation(c).isEmpty(), p + " " + c);
            }
        }
        Verdict v = CHECKER.evaluate("加我微信 lily_0909", Platform.ALIEXPRESS);
        assertTrue(v.findings().get(0).explanation().contains("§4.3.1"), v.findings().get(0).explanation());
    }
}
