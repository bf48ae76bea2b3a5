package dev.closeloop;

/**
 * A rule that judges a seller message by the conversation around it ({@link Message#thread()}),
 * not by its words alone. A {@link PlatformPolicy} says which of these its platform applies.
 */
public enum ConversationRule {
    /**
     * Contact details and channels the BUYER raised first may be answered (Alibaba.com): contact
     * and channel findings become {@link Decision#ALLOW} when an earlier buyer message proposed
     * that channel or gave the buyer's own contact.
     */
    BUYER_RAISED_CHANNEL_MAY_BE_ANSWERED,
    /**
     * A buyer's offline proposal must be refused explicitly (AliExpress): a reply that agrees, or
     * does not refuse, is {@link Category#TACIT_ACCEPTANCE}.
     */
    OFFLINE_PROPOSAL_MUST_BE_REFUSED,
    /**
     * Sellers may only reply to buyer-initiated conversations (Ozon): a seller message with no
     * earlier buyer message is {@link Category#PROACTIVE_CONTACT}.
     */
    REPLY_ONLY,
    /**
     * A justified exception (Amazon): a message that says why the conversation must briefly leave
     * the platform, names the channel and promises to come back to the platform thread is
     * {@link Decision#REVIEW} rather than {@link Decision#BLOCK}.
     */
    JUSTIFIED_EXCEPTION_IS_REVIEWED,
    /**
     * At {@link Stage#ORDER_PLACED} the seller may ask for the buyer's shipping address, phone or
     * e-mail, and such contact findings become {@link Decision#ALLOW}, while offering the seller's
     * own contact is {@link Decision#REVIEW} (Alibaba.com).
     */
    ORDER_STAGE_SHIPPING_CONTACT_ALLOWED
}
