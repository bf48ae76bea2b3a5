package dev.closeloop.rules;

import dev.closeloop.Category;
import dev.closeloop.Platform;
import dev.closeloop.PlatformPolicy;

/** Compliant wordings a seller can send instead, per category and language, naming the platform. */
final class Suggestions {
    private Suggestions() {}

    static void add(Platform p, PlatformPolicy.Builder b) {
        String en = englishName(p);
        String zh = chineseName(p);
        String ru = russianName(p);
        for (Category c : new Category[] {Category.CONTACT_INFO, Category.EXTERNAL_LINK, Category.OFF_PLATFORM_CHANNEL}) {
            b.suggestion(c, "en", "Happy to help right here in " + en + " messages: please send any photos or videos "
                    + "in this chat and we will reply within 24 hours.");
            b.suggestion(c, "zh", "亲,为保障您的权益,我们只能在" + zh + "站内沟通哦,图片和视频直接在这里发给我们,我们会尽快回复~");
            b.suggestion(c, "ru", "Мы на связи здесь, в чате " + ru + ": присылайте фото и видео прямо сюда, ответим в течение дня.");
        }
        for (Category c : new Category[] {Category.OFF_PLATFORM_PAYMENT, Category.PROTECTION_REFUSAL, Category.TACIT_ACCEPTANCE}) {
            b.suggestion(c, "en", "Sorry, we can only accept payment and give refunds through " + en
                    + ", so your order stays protected.");
            b.suggestion(c, "zh", "亲,为保障您的资金安全与售后服务,请务必在" + zh + "完成支付哦~");
            b.suggestion(c, "ru", "К сожалению, оплата и возвраты возможны только через " + ru + " — так ваш заказ защищён.");
        }
        b.suggestion(Category.PROMOTION, "en", "Thank you for your order! If you need anything else, just reply here.");
        b.suggestion(Category.PROMOTION, "zh", "感谢您的购买!如有任何问题,直接在这里给我们留言就好。");
        b.suggestion(Category.PROMOTION, "ru", "Спасибо за заказ! Если будут вопросы, пишите сюда.");
        b.suggestion(Category.REVIEW_INCENTIVE, "en", "Thank you for your order! We hope you enjoy it.");
        b.suggestion(Category.REVIEW_INCENTIVE, "zh", "感谢您的支持,祝您使用愉快!");
        b.suggestion(Category.REVIEW_INCENTIVE, "ru", "Спасибо за покупку! Надеемся, товар вам понравится.");
        b.suggestion(Category.PROACTIVE_CONTACT, "en", "Wait for the buyer to write first; order updates reach the buyer "
                + "through " + en + "'s own notifications.");
        b.suggestion(Category.PROACTIVE_CONTACT, "zh", "请等待买家先发起咨询;订单状态会由" + zh + "自动通知买家。");
        b.suggestion(Category.PROACTIVE_CONTACT, "ru", "Дождитесь, пока покупатель напишет первым: о статусе заказа "
                + ru + " уведомит его сам.");
    }

    private static String englishName(Platform p) {
        return switch (p) {
            case AMAZON -> "Amazon";
            case ALIEXPRESS -> "AliExpress";
            case ALIBABA_COM -> "Alibaba.com (Trade Assurance)";
            case OZON -> "Ozon";
            case WILDBERRIES -> "Wildberries";
            case YANDEX_MARKET -> "Yandex Market";
            case TIKTOK_SHOP -> "TikTok Shop";
            case SHOPEE -> "Shopee";
            case LAZADA -> "Lazada";
            case TEMU -> "Temu";
        };
    }

    private static String chineseName(Platform p) {
        return switch (p) {
            case AMAZON -> "亚马逊";
            case ALIEXPRESS -> "速卖通";
            case ALIBABA_COM -> "阿里巴巴国际站(信保)";
            case OZON -> "Ozon";
            case WILDBERRIES -> "Wildberries";
            case YANDEX_MARKET -> "Yandex Market";
            case TIKTOK_SHOP -> "TikTok Shop";
            case SHOPEE -> "虾皮";
            case LAZADA -> "Lazada";
            case TEMU -> "Temu";
        };
    }

    private static String russianName(Platform p) {
        return switch (p) {
            case OZON -> "Ozon";
            case WILDBERRIES -> "Wildberries";
            case YANDEX_MARKET -> "Яндекс Маркет";
            case ALIEXPRESS -> "AliExpress";
            default -> englishName(p);
        };
    }
}
