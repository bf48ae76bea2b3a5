package dev.closeloop.rules;

import dev.closeloop.Category;
import dev.closeloop.ConversationRule;
import dev.closeloop.Decision;
import dev.closeloop.Platform;
import dev.closeloop.PlatformPolicy;

import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled policy of each platform, as the platforms' published rules describe them. Each
 * policy is built once and is immutable; change one with {@link PlatformPolicy#toBuilder()}.
 */
public final class Policies {
    private static final Map<Platform, PlatformPolicy> ALL = new EnumMap<>(Platform.class);

    static {
        for (Platform p : Platform.values()) {
            ALL.put(p, build(p));
        }
    }

    private Policies() {}

    /**
     * @param platform a platform, not null
     * @return its bundled policy
     */
    public static PlatformPolicy of(Platform platform) {
        PlatformPolicy p = ALL.get(platform);
        if (p == null) {
            throw new NullPointerException("The parameter 'platform' must not be null.");
        }
        return p;
    }

    private static PlatformPolicy build(Platform p) {
        PlatformPolicy.Builder b = PlatformPolicy.builder(p);
        for (String domain : ownDomains(p)) {
            b.allowDomain(domain);
        }
        for (Category c : Category.values()) {
            b.action(c, Decision.BLOCK);
            b.citation(c, citation(p, c));
        }
        // Every platform treats going along with a buyer's offline deal as taking part in it.
        b.conversationRule(ConversationRule.OFFLINE_PROPOSAL_MUST_BE_REFUSED);
        switch (p) {
            case AMAZON -> b.conversationRule(ConversationRule.JUSTIFIED_EXCEPTION_IS_REVIEWED)
                    .penalty("Messages outside Buyer-Seller Messaging lose A-to-z claim protection; repeated breaches "
                            + "can suspend selling privileges.");
            case ALIEXPRESS -> b.penalty("First offence: 12 store points deducted, marketing activities blocked for 30 days "
                    + "and search weight lowered for 7 days; second: store funds frozen for 15 days and all listings removed; "
                    + "third: the store is closed.");
            case ALIBABA_COM -> b.conversationRule(ConversationRule.BUYER_RAISED_CHANNEL_MAY_BE_ANSWERED)
                    .conversationRule(ConversationRule.ORDER_STAGE_SHIPPING_CONTACT_ALLOWED)
                    .penalty("Warning, fine, or shop closure for guiding buyers off the platform.");
            case OZON -> b.conversationRule(ConversationRule.REPLY_ONLY)
                    .penalty("Warning; 3.2% of warned sellers had their shop frozen for 72 hours.");
            default -> b.penalty("Listings or the shop can be restricted for taking buyers off the platform.");
        }
        Suggestions.add(p, b);
        return b.build();
    }

    private static String[] ownDomains(Platform p) {
        return switch (p) {
            case AMAZON -> new String[] {"amazon.*", "amzn.to", "amzn.com", "a.co"};
            case ALIEXPRESS -> new String[] {"aliexpress.*", "aliexpress.ru", "s.click.aliexpress.com"};
            case ALIBABA_COM -> new String[] {"alibaba.com"};
            case OZON -> new String[] {"ozon.ru", "ozon.com"};
            case WILDBERRIES -> new String[] {"wildberries.ru", "wb.ru"};
            case YANDEX_MARKET -> new String[] {"market.yandex.ru"};
            case TIKTOK_SHOP -> new String[] {"tiktok.com"};
            case SHOPEE -> new String[] {"shopee.*", "shp.ee"};
            case LAZADA -> new String[] {"lazada.*"};
            case TEMU -> new String[] {"temu.com"};
        };
    }

    private static String citation(Platform p, Category c) {
        if (c == Category.TACIT_ACCEPTANCE) {
            return p == Platform.ALIEXPRESS
                    ? "AliExpress Seller Rules §4.3.1: a buyer's offline proposal must be refused explicitly; agreeing or not refusing counts as an offline deal."
                    : citation(p, Category.OFF_PLATFORM_PAYMENT) + " Going along with the buyer's offline proposal counts as taking part.";
        }
        if (c == Category.PROACTIVE_CONTACT && p == Platform.OZON) {
            return "Ozon Seller Policy §4.3: sellers may only respond to buyer-initiated messages; order follow-ups, "
                    + "marketing and unsolicited review requests are prohibited.";
        }
        if (c == Category.PROTECTION_REFUSAL && p == Platform.ALIBABA_COM) {
            return "Alibaba.com forbids refusing Trade Assurance or suggesting offline payment is cheaper.";
        }
        return switch (p) {
            case AMAZON -> "Amazon's Buyer-Seller Messaging guidelines keep all order communication in Buyer-Seller Messaging.";
            case ALIEXPRESS -> "AliExpress Seller Rules §4.3.1 forbid offline deals: every order is paid, fulfilled and serviced on AliExpress.";
            case ALIBABA_COM -> "Alibaba.com forbids guiding buyers off the platform before a deal (warning, fine or shop closure).";
            case OZON -> "Ozon Seller Policy §4.3 allows only replies to buyer-initiated messages inside Ozon chat.";
            case WILDBERRIES -> "Wildberries forbids contact details, outside links and payment outside the marketplace.";
            case YANDEX_MARKET -> "Yandex Market forbids contact details, outside links and payment outside the marketplace.";
            case TIKTOK_SHOP -> "TikTok Shop forbids moving buyers, payments or reviews off TikTok Shop.";
            case SHOPEE -> "Shopee forbids moving buyers, payments or reviews off Shopee.";
            case LAZADA -> "Lazada forbids moving buyers, payments or reviews off Lazada.";
            case TEMU -> "Temu forbids moving buyers, payments or reviews off Temu.";
        };
    }
}
