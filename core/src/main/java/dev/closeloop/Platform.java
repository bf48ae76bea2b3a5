package dev.closeloop;

/**
 * A marketplace whose messaging rules Closeloop knows.
 *
 * <p>Each constant has a bundled {@link PlatformPolicy} in the {@code closeloop-platform-rules}
 * artifact; {@link ComplianceChecker#standard()} finds them at run time.
 */
public enum Platform {
    /** Amazon Buyer-Seller Messaging. */
    AMAZON,
    /** AliExpress message center. */
    ALIEXPRESS,
    /** Alibaba.com inquiries and Trade Assurance orders. */
    ALIBABA_COM,
    /** Ozon seller chat. */
    OZON,
    /** Wildberries buyer questions and chat. */
    WILDBERRIES,
    /** Yandex Market seller chat. */
    YANDEX_MARKET,
    /** TikTok Shop seller messages. */
    TIKTOK_SHOP,
    /** Shopee chat. */
    SHOPEE,
    /** Lazada chat. */
    LAZADA,
    /** Temu seller messages. */
    TEMU
}
