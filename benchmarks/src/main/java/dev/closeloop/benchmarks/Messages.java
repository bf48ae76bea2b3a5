package dev.closeloop.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic mix of seller messages for the benchmarks: Chinese, English and Russian, clean
 * and violating, 40 to 2,000 chars, built from fragments with a fixed seed so every run measures
 * the same texts.
 */
final class Messages {
    enum Language { ZH, EN, RU }

    private static final String[][] CLEAN = {
            {"亲，您的订单 8194620375128841 已发货，物流单号 LP00638291047562，大概15-25天到哦。", "尺寸120*60*75cm，承重150kg，304不锈钢。",
                    "充电器输入100-240V 50/60Hz，输出20V 3.25A。", "亲，M码胸围104cm、衣长70cm，您175/68穿M正好。",
                    "退款已经原路退回，US $12.36，3-5个工作日到账。", "这款收银盒支持微信支付和支付宝，12V 2A供电。", "品牌威信您可以放心，每批货都有质检。"},
            {"Hi Priya, your order 113-4829105-7736214 left our warehouse with UPS, tracking 1Z4E782W0355182931. ",
                    "Frame goes from 28.3\" to 47.6\", max load 176 lbs. ", "Invoice INV-2024-08817: 12 units x $107.05 = $1,284.60. ",
                    "Please follow steps 1-4 on page 6 and connect to 2.4GHz only. ", "You'll get WhatsApp and Telegram notifications on the watch. ",
                    "We can't share phone numbers here, please send the photos in this chat. "},
            {"Здравствуйте! Трек-номер AEWH0007318452RU4, посылка отправлена 12.04. ", "Заказ 48291037-0015-1 уже в пункте выдачи. ",
                    "Мощность 1800 Вт, объём 1,7 л, вес 4,8 кг. ", "Оформите возврат в разделе «Мои заказы» в течение 7 дней. ",
                    "Уведомления из Telegram и WhatsApp приходят на часы. "}};
    private static final String[][] VIOLATING = {
            {"加我薇信 xiaoyu_bag520 给您发实拍视频。", "电话 一五九 二七三零 八四六一（微信同号）。", "直接ZFB转我的话每件便宜0.8美金。",
                    "好评返现5元红包，加V信 lyj7730。", "把视频发到 sunlin0719 艾特 163 点 com。"},
            {"Give us a call at 646-555-0172 and we'll ship a new one. ", "reach me on W.h.a.t.s.a.p.p 917 555 0139. ",
                    "our whole catalog lives on glowhaven dot com, code AMZFRIEND20. ", "we can refund you $12 by PayPal right now. ",
                    "email support.brightnest [at] outlook [dot] com. "},
            {"Напишите мне в вотсап +7 926 511-38-04. ", "Можете перевести на Тинькофф по номеру +7 915 604-28-73. ",
                    "Подпишитесь на наш канал t.me/decorhome_ru, там скидки. ", "за отзыв на 5 звёзд верну 3$. "}};

    private static final int MIX_SIZE = 500;
    private static final long SEED = 42;

    private Messages() {}

    /**
     * @param count how many messages
     * @param language the language, or null for all three
     * @param violating whether each message carries one violation
     * @param seed the random seed
     * @return the messages, 40–2,000 chars each
     */
    static List<String> mix(int count, Language language, boolean violating, long seed) {
        List<String> out = new ArrayList<>(count);
        for (Generated m : messages(count, language, violating, seed)) {
            out.add(m.text());
        }
        return out;
    }

    /**
     * A generated message.
     *
     * @param text the message
     * @param withoutViolation the message the text was before its violation went in, cut to the same length limit;
     *     the text itself for a clean message
     * @param violation the violating fragment put in, or null
     */
    record Generated(String text, String withoutViolation, String violation) {}

    /** {@link #mix(int, Language, boolean, long)}, each message with what it was before its violation went in. */
    static List<Generated> messages(int count, Language language, boolean violating, long seed) {
        Random r = new Random(seed);
        List<Generated> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int lang = language == null ? r.nextInt(3) : language.ordinal();
            int target = 40 + (int) Math.min(1960, Math.abs(r.nextGaussian()) * 300);
            StringBuilder sb = new StringBuilder();
            while (sb.length() < target) {
                sb.append(CLEAN[lang][r.nextInt(CLEAN[lang].length)]);
            }
            String clean = limited(sb);
            String v = null;
            if (violating) {
                v = VIOLATING[lang][r.nextInt(VIOLATING[lang].length)];
                sb.insert(cut(sb, r), v);
            }
            out.add(new Generated(limited(sb), clean, v));
        }
        return out;
    }

    private static String limited(StringBuilder sb) {
        return sb.length() > 2000 ? sb.substring(0, 2000) : sb.toString();
    }

    /**
     * The benchmarks' 500-message mix by name, with the seed they all use. A {@code half} mix takes the first 250
     * messages of the clean mix and of the violating mix of its language, in turn: the realistic mix of
     * clean and violating messages, with violations in half of them, about the share in the labeled development
     * corpus (157 of its 283 lines expect a block or a flag) and far more than a seller's real traffic holds.
     *
     * @param name a language ({@code zh}, {@code en}, {@code ru}, or {@code mixed} for all three), a dash, and
     *     {@code clean}, {@code half} or {@code violating}: {@code mixed-violating}
     * @return the messages
     */
    static List<String> mix(String name) {
        double share = violatingShare(name);
        String lang = name.substring(0, name.indexOf('-'));
        Language language = lang.equals("mixed") ? null : Language.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
        if (share == 0 || share == 1) {
            return mix(MIX_SIZE, language, share == 1, SEED);
        }
        List<String> clean = mix(MIX_SIZE / 2, language, false, SEED);
        List<String> violating = mix(MIX_SIZE / 2, language, true, SEED);
        List<String> out = new ArrayList<>(MIX_SIZE);
        for (int i = 0; i < MIX_SIZE / 2; i++) {
            out.add(clean.get(i));
            out.add(violating.get(i));
        }
        return out;
    }

    /**
     * @param name a mix's name, as {@link #mix(String)} takes it
     * @return the share of its messages that carry a violation: 0, 0.5 or 1
     */
    static double violatingShare(String name) {
        String[] p = name.split("-");
        boolean language = p.length == 2 && (p[0].equals("mixed")
                || java.util.Arrays.stream(Language.values()).anyMatch(l -> l.name().toLowerCase(java.util.Locale.ROOT).equals(p[0])));
        if (language) {
            switch (p[1]) {
                case "clean":
                    return 0;
                case "half":
                    return 0.5;
                case "violating":
                    return 1;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("A mix is named mixed, zh, en or ru, a dash, and clean, half or violating, not " + name);
    }

    /** A position between two fragments, so a violation is never cut in half. */
    private static int cut(StringBuilder sb, Random r) {
        int at = r.nextInt(sb.length() + 1);
        while (at > 0 && at < sb.length() && !(sb.charAt(at - 1) == '。' || sb.charAt(at - 1) == ' ')) {
            at--;
        }
        return at;
    }

    /**
     * @param length the length wanted
     * @return a clean message of about that length, for length sweeps
     */
    static String ofLength(int length) {
        StringBuilder sb = new StringBuilder(length + 200);
        Random r = new Random(length);
        while (sb.length() < length) {
            int lang = r.nextInt(3);
            sb.append(CLEAN[lang][r.nextInt(CLEAN[lang].length)]);
        }
        return sb.substring(0, length);
    }
}
