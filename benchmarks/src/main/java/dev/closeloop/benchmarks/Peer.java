package dev.closeloop.benchmarks;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;

import java.util.List;

/** The peer keyword filter, configured as the performance issue describes, for side-by-side runs. */
final class Peer {
    private static final List<String> TERMS = List.of("微信", "weixin", "wechat", "vx", "wx", "v信", "薇信", "威信", "加微", "qq", "扣扣",
            "企鹅", "whatsapp", "whats app", "telegram", "tg", "电报", "line", "skype", "viber", "facebook", "instagram", "ins",
            "vk", "tiktok", "email", "邮箱", "电话", "手机", "phone", "call me", "支付宝", "zfb", "alipay", "paypal", "western union",
            "moneygram", "payoneer", "wise", "usdt", "trc20", "btc", "bitcoin", "银行卡", "转账", "私转", "私下", "线下", "红包",
            "返现", "好评返现", "货到付款", "venmo", "zelle", "cash app", "bank transfer", "gcash", "вотсап", "ватсап", "телеграм",
            "телега", "почта", "сбербанк", "тинькофф", "перевод на карту", "промокод", "подпишитесь", "follow us", "subscribe",
            "discount code", "5 stars");

    private Peer() {}

    static SensitiveWordBs filter() {
        return SensitiveWordBs.newInstance()
                .wordDeny(() -> TERMS)
                .ignoreCase(true)
                .ignoreWidth(true)
                .ignoreNumStyle(true)
                .enableNumCheck(true)
                .enableEmailCheck(true)
                .enableUrlCheck(true)
                .init();
    }
}
