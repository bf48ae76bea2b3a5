package dev.closeloop;

import dev.closeloop.internal.Checks;

import java.util.ArrayList;
import java.util.List;

/**
 * A message to check, with what Closeloop needs to know about its conversation.
 *
 * <p>Immutable and thread-safe: the thread list is copied on construction and cannot be changed.
 * Text may hold any UTF-16 content, lone surrogates and control characters included.
 *
 * <pre>{@code
 * Message m = Message.builder()
 *         .text("Sure, mine is +86 150 1234 5678")
 *         .stage(Stage.PRE_ORDER)
 *         .thread(List.of(Message.fromBuyer("Can we talk on WhatsApp?")))
 *         .build();
 * }</pre>
 *
 * @param text the message text, not null (may be empty)
 * @param sender who wrote it; {@link Sender#SELLER} unless set
 * @param stage where the conversation is; {@link Stage#UNKNOWN} unless set
 * @param thread the earlier messages of the conversation, oldest first; empty when this message opens it
 */
public record Message(String text, Sender sender, Stage stage, List<Message> thread) {

    /**
     * Creates a message, checking every component.
     *
     * @throws NullPointerException if any component is null, or the thread holds a null
     */
    public Message {
        Checks.notNull(text, "text");
        Checks.notNull(sender, "sender");
        Checks.notNull(stage, "stage");
        Checks.notNull(thread, "thread");
        for (int i = 0; i < thread.size(); i++) {
            if (thread.get(i) == null) {
                throw new NullPointerException("The parameter 'thread' must not hold null (element " + i + ").");
            }
        }
        thread = List.copyOf(thread);
    }

    /**
     * A seller message with no conversation around it and an unknown stage.
     *
     * @param text the text, not null
     * @return the message
     */
    public static Message of(String text) {
        return new Message(text, Sender.SELLER, Stage.UNKNOWN, List.of());
    }

    /**
     * A buyer message, for use in a {@link #thread()}.
     *
     * @param text the text, not null
     * @return the message
     */
    public static Message fromBuyer(String text) {
        return new Message(text, Sender.BUYER, Stage.UNKNOWN, List.of());
    }

    /**
     * A seller message, for use in a {@link #thread()}.
     *
     * @param text the text, not null
     * @return the message
     */
    public static Message fromSeller(String text) {
        return of(text);
    }

    /**
     * Starts a builder: sender {@code SELLER}, stage {@code UNKNOWN}, no thread.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns this message's settings in a new builder, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().text(text).sender(sender).stage(stage).thread(thread);
    }

    /**
     * Does not print the text, which is personal data; prints its length and the context.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "Message[sender=" + sender + ", stage=" + stage + ", length=" + text.length()
                + ", thread=" + thread.size() + " earlier]";
    }

    /** Builds a {@link Message}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private String text;
        private Sender sender = Sender.SELLER;
        private Stage stage = Stage.UNKNOWN;
        private final List<Message> thread = new ArrayList<>();

        private Builder() {}

        /**
         * @param text the message text, not null
         * @return this builder
         */
        public Builder text(String text) {
            this.text = Checks.notNull(text, "text");
            return this;
        }

        /**
         * @param sender who wrote the message, not null
         * @return this builder
         */
        public Builder sender(Sender sender) {
            this.sender = Checks.notNull(sender, "sender");
            return this;
        }

        /**
         * @param stage where the conversation is, not null
         * @return this builder
         */
        public Builder stage(Stage stage) {
            this.stage = Checks.notNull(stage, "stage");
            return this;
        }

        /**
         * Replaces the earlier messages of the conversation.
         *
         * @param earlier earlier messages, oldest first, not null and without nulls
         * @return this builder
         */
        public Builder thread(List<Message> earlier) {
            Checks.notNull(earlier, "thread");
            thread.clear();
            thread.addAll(earlier);
            return this;
        }

        /**
         * Appends one earlier message to the conversation.
         *
         * @param earlier a message that came before all messages added after it, not null
         * @return this builder
         */
        public Builder addToThread(Message earlier) {
            thread.add(Checks.notNull(earlier, "earlier"));
            return this;
        }

        /**
         * @return the message
         * @throws IllegalStateException if no text was set
         */
        public Message build() {
            if (text == null) {
                throw new IllegalStateException("No text was set: call text(String) before build().");
            }
            return new Message(text, sender, stage, thread);
        }
    }
}
