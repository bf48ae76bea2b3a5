package dev.closeloop;

/** Who wrote a {@link Message}. */
public enum Sender {
    /** The seller or the seller's staff; the party Closeloop checks. */
    SELLER,
    /** The buyer. */
    BUYER
}
