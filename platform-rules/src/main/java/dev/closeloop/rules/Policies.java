package dev.closeloop.rules;

import dev.closeloop.Category;
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
            b.citation(c, citation(p));
        }
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

    private static String citation(Platform p) {
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
