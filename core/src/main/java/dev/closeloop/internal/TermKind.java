package dev.closeloop.internal;

/** What a lexicon term signals to the detectors that read term hits. */
enum TermKind {
    /** The name of an outside channel: WeChat, WhatsApp, e-mail, phone. */
    CHANNEL,
    /** A call to action that moves the buyer somewhere: 加, add, contact, пишите. */
    CALL_TO_ACTION,
    /** A request for the buyer's own id on a channel: give me your, 留下你的. */
    REQUEST,
    /** A negation or refusal that cancels what follows in its clause: 不能, don't, нельзя. */
    NEGATION,
    /** Words that say a number is a phone number: tel, 电话, звоните. */
    PHONE_LABEL,
    /** Words that say a number is an order, tracking or product code: 订单号, tracking, артикул. */
    CODE_LABEL,
    /** "Same number" phrases: 同号, same for WeChat. */
    SAME_NUMBER,
    /** Words after a channel name that make it a product feature: 支付, pay, notifications. */
    FEATURE,
    /** A refusal in a reply: sorry, 抱歉, только — what a seller writes to turn down an offline proposal. */
    REFUSAL,
    /** A reason that justifies briefly leaving the platform: a file too large, a safety recall. */
    EXCEPTION_REASON,
    /** A promise to bring the conversation back to the platform thread. */
    RETURN_PROMISE,
    /**
     * A phrase whose words do not mean what they mean alone: a channel's name that leads nowhere outside (drop me a
     * line, 退回到您的支付宝: a refund's way back), a negation that asks (能不能, 可不可以).
     */
    IDIOM,
    /** A warning about dealing outside the platform: risky, scam, 有风险, 没有保障, мошенники. */
    WARNING,
    /**
     * A word of a web address written with spaces for its dots, which no dot anchors: {@code www} before the name
     * ({@code www glowhaven com}), {@code dotcom} after it ({@code glowhaven dotcom}).
     */
    SPACED_ADDRESS,
    /**
     * Where the seller shows contact details instead of writing them: the seller's own profile (头像, 我的主页,
     * {@code in my bio}, {@code в профиле}) or a card in the parcel (卡片上, {@code package insert}).
     */
    POINTER,
    /** An intent phrase of the intent detectors; the value names the intent. */
    INTENT,
    /** Another marketplace a seller may send the buyer to: Wildberries, 淘宝, eBay; the value is its host. */
    MARKETPLACE,
    /** A term added by the user on the builder; the value names the category. */
    USER
}
