package dev.closeloop;

/** The kind of off-platform behaviour a {@link Finding} stands for. */
public enum Category {
    /** A phone number, e-mail address or messenger id the buyer could use outside the platform. */
    CONTACT_INFO,
    /** A link or domain that leads outside the platform. */
    EXTERNAL_LINK,
    /** An invitation to move the conversation to an outside channel, without an id. */
    OFF_PLATFORM_CHANNEL,
    /** Payment, deposit, refund or cash-back outside the platform's checkout. */
    OFF_PLATFORM_PAYMENT,
    /** Talking the buyer out of the platform's buyer protection (Trade Assurance, A-to-z, disputes). */
    PROTECTION_REFUSAL,
    /** Promotion of an outside store, website, social account or outside discount. */
    PROMOTION,
    /** A seller message the buyer did not ask for, where the platform allows replies only. */
    PROACTIVE_CONTACT,
    /** Money, refunds, gifts or coupons offered for a review or for changing one. */
    REVIEW_INCENTIVE,
    /** A reply that goes along with the buyer's off-platform proposal instead of refusing it. */
    TACIT_ACCEPTANCE
}
