package dev.closeloop;

import dev.closeloop.internal.ScanState;
import dev.closeloop.spi.Confidence;
import dev.closeloop.spi.Detection;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies a policy's {@link ConversationRule}s: reads the earlier messages of the thread and adds
 * findings (tacit acceptance, proactive contact) or changes the action of findings the thread
 * justifies (a channel the buyer raised, a justified exception).
 */
final class ConversationRules {
    private ConversationRules() {}

    /** The detections after the rules, and the actions the rules set for some of them. */
    record Outcome(List<Detection> detections, Map<Detection, Decision> actions) {
        private static final Outcome NOTHING = new Outcome(List.of(), Map.of());

        /** @return the outcome that leaves the scan's detections as they are */
        static Outcome unchanged(List<Detection> detections) {
            return detections.isEmpty() ? NOTHING : new Outcome(detections, Map.of());
        }
    }

    /**
     * Whether the rules leave a seller message alone that has no detections and no buyer message
     * before it: all but the reply-only rule speak of a buyer's message or of a detection.
     */
    static boolean leaveCleanOpeningAlone(PlatformPolicy policy) {
        return !policy.conversationRules().contains(ConversationRule.REPLY_ONLY);
    }

    static Outcome apply(Message message, PlatformPolicy policy, Scan scan, Function<Message, Scan> reader) {
        Set<ConversationRule> rules = policy.conversationRules();
        List<Detection> detections = scan.detections();
        if (rules.isEmpty() || message.sender() != Sender.SELLER || message.text().isEmpty()) {
            return Outcome.unchanged(detections);
        }
        Message lastBuyer = null;
        for (Message m : message.thread()) {
            if (m.sender() == Sender.BUYER) {
                lastBuyer = m;
            }
        }
        boolean quiet = detections.isEmpty() && (lastBuyer == null ? leaveCleanOpeningAlone(policy) : scan.has(ScanState.REFUSES));
        if (quiet) {
            return Outcome.unchanged(detections);
        }
        // most messages meet no rule: the lists and maps below are made when a rule first adds a detection or sets an action
        List<Detection> out = null;
        Map<Detection, Decision> actions = null;
        int len = message.text().length();
        if (rules.contains(ConversationRule.REPLY_ONLY) && lastBuyer == null) {
            out = withAdded(out, detections, Detection.of(Category.PROACTIVE_CONTACT, "thread.proactive-contact", 0, len, Confidence.CERTAIN,
                    "The seller writes first: the buyer has sent no message in this conversation."));
        }
        boolean buyerRaisedAllowed = rules.contains(ConversationRule.BUYER_RAISED_CHANNEL_MAY_BE_ANSWERED);
        if (buyerRaisedAllowed && hasContactFindings(detections)) {
            Set<String> raised = new java.util.HashSet<>();
            boolean gaveContact = false;
            for (Message m : message.thread()) {
                if (m.sender() == Sender.BUYER) {
                    Scan b = reader.apply(m);
                    raised.addAll(b.channels());
                    for (Detection d : b.detections()) {
                        gaveContact |= d.category() == Category.CONTACT_INFO;
                        String ch = d.evidence().get("channel");
                        if (ch != null) {
                            raised.add(ch);
                        }
                    }
                }
            }
            for (Detection d : detections) {
                if (isContact(d) && (gaveContact || answersRaised(d, raised))) {
                    actions = withAction(actions, detections, d, Decision.ALLOW);
                }
            }
        }
        if (rules.contains(ConversationRule.OFFLINE_PROPOSAL_MUST_BE_REFUSED) && lastBuyer != null
                && !scan.has(ScanState.REFUSES)) {
            Scan b = reader.apply(lastBuyer);
            boolean dealProposed = b.hasCategory(Category.OFF_PLATFORM_PAYMENT, Category.PROTECTION_REFUSAL);
            boolean channelProposed = b.hasCategory(Category.CONTACT_INFO, Category.OFF_PLATFORM_CHANNEL);
            if (dealProposed || channelProposed && !buyerRaisedAllowed) {
                out = withAdded(out, detections, Detection.of(Category.TACIT_ACCEPTANCE, "thread.tacit-acceptance", 0, len, Confidence.CERTAIN,
                        "Replies to the buyer's proposal to deal off the platform without refusing it."));
            }
        }
        if (rules.contains(ConversationRule.ORDER_STAGE_SHIPPING_CONTACT_ALLOWED) && message.stage() == Stage.ORDER_PLACED) {
            for (Detection d : detections) {
                if (isContact(d) && !hasAction(actions, d)) {
                    // asking for the buyer's details to ship is the order's business; offering the seller's own is not
                    actions = withAction(actions, detections, d, d.ruleId().equals("channel.request") ? Decision.ALLOW
                            : atMostReview(policy.action(d.category(), message.stage())));
                }
            }
        }
        if (rules.contains(ConversationRule.JUSTIFIED_EXCEPTION_IS_REVIEWED)
                && scan.has(ScanState.GIVES_REASON) && scan.has(ScanState.PROMISES_RETURN)) {
            for (Detection d : detections) {
                if ((isContact(d) || d.category() == Category.EXTERNAL_LINK) && !hasAction(actions, d)) {
                    actions = withAction(actions, detections, d, atMostReview(policy.action(d.category(), message.stage())));
                }
            }
        }
        return out == null && actions == null ? Outcome.unchanged(detections)
                : new Outcome(out != null ? out : detections, actions != null ? actions : Map.of());
    }

    /** @return {@code out}, or a copy of {@code detections} when it is null, with {@code added} appended */
    private static List<Detection> withAdded(List<Detection> out, List<Detection> detections, Detection added) {
        List<Detection> list = out;
        if (list == null) {
            list = new ArrayList<>(detections.size() + 1);
            list.addAll(detections);
        }
        list.add(added);
        return list;
    }

    /** @return {@code actions}, or a new map when it is null, with {@code d} set to {@code action}; a detection has one action */
    private static Map<Detection, Decision> withAction(Map<Detection, Decision> actions, List<Detection> detections, Detection d,
                                                      Decision action) {
        Map<Detection, Decision> map = actions != null ? actions : new IdentityHashMap<>(detections.size());
        map.put(d, action);
        return map;
    }

    private static boolean hasAction(Map<Detection, Decision> actions, Detection d) {
        return actions != null && actions.containsKey(d);
    }

    private static Decision atMostReview(Decision d) {
        return d == Decision.BLOCK ? Decision.REVIEW : d;
    }

    private static boolean hasContactFindings(List<Detection> detections) {
        for (Detection d : detections) {
            if (isContact(d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContact(Detection d) {
        return d.category() == Category.CONTACT_INFO || d.category() == Category.OFF_PLATFORM_CHANNEL;
    }

    /** Whether the seller answers on a channel the buyer raised; a phone number answers any phone-based messenger. */
    private static boolean answersRaised(Detection d, Set<String> raised) {
        String ch = d.evidence().get("channel");
        if (ch == null) {
            return false;
        }
        if (raised.contains(ch)) {
            return true;
        }
        return ch.equals("phone") && (raised.contains("whatsapp") || raised.contains("viber") || raised.contains("wechat")
                || raised.contains("telegram") || raised.contains("line"));
    }
}
