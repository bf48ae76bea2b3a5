package dev.closeloop;

/** Where in the buying process a conversation is. Some platform rules depend on it. */
public enum Stage {
    /** Before the buyer has placed an order: inquiries, quotes, product questions. */
    PRE_ORDER,
    /** An order exists and has not been delivered and closed. */
    ORDER_PLACED,
    /** After delivery: returns, refunds, complaints, reviews. */
    AFTER_SALE,
    /** Not known; policies treat it as the strictest stage. */
    UNKNOWN
}
