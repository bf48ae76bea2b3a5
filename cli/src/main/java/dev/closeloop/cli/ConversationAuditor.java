package dev.closeloop.cli;

import dev.closeloop.Category;
import dev.closeloop.ComplianceChecker;
import dev.closeloop.ConversationRule;
import dev.closeloop.Decision;
import dev.closeloop.Finding;
import dev.closeloop.Message;
import dev.closeloop.Platform;
import dev.closeloop.PlatformPolicy;
import dev.closeloop.Sender;
import dev.closeloop.Stage;
import dev.closeloop.Verdict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Audits one conversation: orders its messages by time, evaluates every seller message with the
 * messages before it as its thread (so tacit acceptance, buyer-raised channels and Ozon's reply-only
 * rule work exactly as in {@code evaluate}), and adds the checks only a whole conversation allows: a
 * justified exception never closed by a summary back in the platform thread, and replies slower than
 * the platform's limit. Stateless; safe to call from many threads.
 */
final class ConversationAuditor {
    /** Earlier messages passed as a thread are capped, so one endless conversation cannot cost quadratic time. */
    static final int MAX_THREAD = 50;
    private static final String[] RESOLUTION_WORDS = {"resolved", "fixed", "solved", "replacement", "refund", "summary",
            "works now", "confirmed", "closing", "已解决", "解决了", "已处理", "补发", "退款", "решено", "решили", "исправ", "замен", "возврат"};

    private final ComplianceChecker checker;
    private final Platform defaultPlatform;

    ConversationAuditor(ComplianceChecker checker, Platform defaultPlatform) {
        this.checker = checker;
        this.defaultPlatform = defaultPlatform;
    }

    /** What the audit found for one seller message. */
    record Audited(ChatRow row, Platform platform, Verdict verdict, List<String> checks) {
        Decision decision() {
            Decision d = verdict.decision();
            return checks.contains("missing-closing-summary") ? d.max(Decision.REVIEW) : d;
        }
    }

    /** The results of one conversation. */
    record Result(List<Audited> sellerMessages, int buyerMessages, int lateReplies) {
    }

    Result audit(List<ChatRow> rows) {
        List<ChatRow> ordered = new ArrayList<>(rows);
        boolean timed = ordered.stream().allMatch(r -> r.time() != ChatRow.UNKNOWN_TIME);
        ordered.sort(timed ? Comparator.comparingLong(ChatRow::time).thenComparingLong(ChatRow::order)
                : Comparator.comparingLong(ChatRow::order));
        List<Message> thread = new ArrayList<>();
        List<Audited> out = new ArrayList<>();
        int buyers = 0;
        for (ChatRow r : ordered) {
            Message m = Message.builder().text(r.text()).sender(r.sender())
                    .stage(r.stage() == null ? Stage.UNKNOWN : r.stage())
                    .thread(thread.size() > MAX_THREAD ? thread.subList(thread.size() - MAX_THREAD, thread.size()) : thread)
                    .build();
            if (r.sender() == Sender.SELLER) {
                Platform p = r.platform() != null ? r.platform() : defaultPlatform;
                out.add(new Audited(r, p, checker.evaluate(m, p), new ArrayList<>(1)));
            } else {
                buyers++;
            }
            thread.add(r.sender() == Sender.BUYER ? Message.fromBuyer(r.text()) : Message.fromSeller(r.text()));
        }
        closingSummaries(out);
        return new Result(out, buyers, timed ? lateReplies(ordered) : 0);
    }

    /**
     * A seller message the policy let through only as a justified exception (its contact or link
     * findings are REVIEW under {@link ConversationRule#JUSTIFIED_EXCEPTION_IS_REVIEWED}) needs a later
     * seller message back in the thread that sums up the resolution.
     */
    private void closingSummaries(List<Audited> sellerMessages) {
        for (int i = 0; i < sellerMessages.size(); i++) {
            Audited a = sellerMessages.get(i);
            PlatformPolicy policy = checker.policies().get(a.platform());
            if (policy == null || !policy.conversationRules().contains(ConversationRule.JUSTIFIED_EXCEPTION_IS_REVIEWED)
                    || !isException(a.verdict())) {
                continue;
            }
            boolean closed = false;
            for (int k = i + 1; k < sellerMessages.size() && !closed; k++) {
                Audited later = sellerMessages.get(k);
                closed = later.verdict().decision() == Decision.ALLOW && mentionsResolution(later.row().text());
            }
            if (!closed) {
                a.checks().add("missing-closing-summary");
            }
        }
    }

    private static boolean isException(Verdict v) {
        boolean any = false;
        for (Finding f : v.findings()) {
            boolean contact = f.category() == Category.CONTACT_INFO || f.category() == Category.EXTERNAL_LINK
                    || f.category() == Category.OFF_PLATFORM_CHANNEL;
            if (contact && f.action() == Decision.REVIEW) {
                any = true;
            } else if (f.action() == Decision.BLOCK) {
                return false;
            }
        }
        return any;
    }

    static boolean mentionsResolution(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String w : RESOLUTION_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Buyer messages answered later than the platform's reply limit (Amazon 24 h, Ozon 2 h). */
    private int lateReplies(List<ChatRow> ordered) {
        int late = 0;
        for (int i = 0; i < ordered.size(); i++) {
            ChatRow r = ordered.get(i);
            if (r.sender() != Sender.BUYER || (i > 0 && ordered.get(i - 1).sender() == Sender.BUYER)) {
                continue; // the first of consecutive buyer messages starts the clock
            }
            Platform p = r.platform() != null ? r.platform() : defaultPlatform;
            Duration limit = replyLimit(p);
            if (limit == null) {
                continue;
            }
            for (int k = i + 1; k < ordered.size(); k++) {
                if (ordered.get(k).sender() == Sender.SELLER) {
                    if (ordered.get(k).time() - r.time() > limit.toMillis()) {
                        late++;
                    }
                    break;
                }
            }
        }
        return late;
    }

    static Duration replyLimit(Platform p) {
        return switch (p) {
            case AMAZON -> Duration.ofHours(24);
            case OZON -> Duration.ofHours(2);
            default -> null;
        };
    }
}
