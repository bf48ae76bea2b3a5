package dev.closeloop.cli;

import dev.closeloop.Category;
import dev.closeloop.Decision;
import dev.closeloop.Finding;
import dev.closeloop.Platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit's outputs: one JSON line per flagged message, the HTML page and the counts behind the
 * summary. Flagged messages are written as they come, so memory does not grow with the file. Used
 * from one thread (the audit hands results over in order).
 */
final class AuditReport {
    long rowsRead;
    long evaluated;
    long context;
    long conversations;
    long lateReplies;
    long conversationsWithLateReplies;
    long missingSummaries;
    final Map<String, Long> skipped = new TreeMap<>();
    final Map<Decision, Long> byDecision = new EnumMap<>(Decision.class);
    final Map<Platform, Map<Category, Long>> table = new EnumMap<>(Platform.class);
    final Map<String, Long> rules = new TreeMap<>();
    private final Writer jsonl;
    private final Writer html;
    private final Path htmlFragment;

    AuditReport(Path jsonlFile, Path htmlFragment) throws IOException {
        this.jsonl = jsonlFile == null ? null : Files.newBufferedWriter(jsonlFile, StandardCharsets.UTF_8);
        this.htmlFragment = htmlFragment;
        this.html = htmlFragment == null ? null : Files.newBufferedWriter(htmlFragment, StandardCharsets.UTF_8);
    }

    void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    Decision worst() {
        return byDecision.getOrDefault(Decision.BLOCK, 0L) > 0 ? Decision.BLOCK
                : byDecision.getOrDefault(Decision.REVIEW, 0L) > 0 ? Decision.REVIEW : Decision.ALLOW;
    }

    void add(ConversationAuditor.Result r) throws IOException {
        conversations++;
        context += r.buyerMessages();
        lateReplies += r.lateReplies();
        conversationsWithLateReplies += r.lateReplies() > 0 ? 1 : 0;
        for (ConversationAuditor.Audited a : r.sellerMessages()) {
            evaluated++;
            Decision d = a.decision();
            byDecision.merge(d, 1L, Long::sum);
            missingSummaries += a.checks().contains("missing-closing-summary") ? 1 : 0;
            if (d == Decision.ALLOW) {
                continue;
            }
            for (Finding f : a.verdict().findings()) {
                if (f.action() != Decision.ALLOW) {
                    table.computeIfAbsent(a.platform(), p -> new EnumMap<>(Category.class)).merge(f.category(), 1L, Long::sum);
                    rules.merge(f.ruleId(), 1L, Long::sum);
                }
            }
            a.checks().forEach(c -> rules.merge("audit." + c, 1L, Long::sum));
            if (jsonl != null) {
                jsonl.write(json(a));
                jsonl.write('\n');
            }
            if (html != null) {
                html.write(HtmlReport.entry(a));
            }
        }
    }

    static String json(ConversationAuditor.Audited a) {
        String verdict = JsonVerdict.of(a.verdict());
        StringBuilder sb = new StringBuilder(verdict.length() + 200);
        sb.append("{\"line\":").append(a.row().line())
                .append(",\"conversation\":").append(JsonVerdict.str(a.row().conversation()))
                .append(",\"time\":").append(JsonVerdict.str(a.row().rawTime()))
                .append(",\"auditDecision\":").append(JsonVerdict.str(a.decision().name()))
                .append(",\"checks\":[");
        for (int i = 0; i < a.checks().size(); i++) {
            sb.append(i > 0 ? "," : "").append(JsonVerdict.str(a.checks().get(i)));
        }
        return sb.append("],\"verdict\":").append(verdict).append('}').toString();
    }

    void close() throws IOException {
        if (jsonl != null) {
            jsonl.close();
        }
        if (html != null) {
            html.close();
        }
    }

    /** The summary printed on stdout. */
    String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("rows read ").append(rowsRead).append(" = seller messages evaluated ").append(evaluated)
                .append(" + buyer messages (context) ").append(context).append(" + skipped ").append(skippedTotal()).append('\n');
        skipped.forEach((reason, n) -> sb.append("  skipped, ").append(reason).append(": ").append(n).append('\n'));
        sb.append("conversations ").append(conversations).append('\n');
        sb.append("decisions: ALLOW ").append(byDecision.getOrDefault(Decision.ALLOW, 0L))
                .append(", REVIEW ").append(byDecision.getOrDefault(Decision.REVIEW, 0L))
                .append(", BLOCK ").append(byDecision.getOrDefault(Decision.BLOCK, 0L)).append('\n');
        sb.append("missing closing summaries ").append(missingSummaries).append('\n');
        sb.append("late replies ").append(lateReplies).append(" in ").append(conversationsWithLateReplies)
                .append(" conversations (Amazon 24 h, Ozon 2 h)\n");
        if (!table.isEmpty()) {
            sb.append("flagged findings by platform and category:\n");
            table.forEach((p, m) -> m.forEach((c, n) -> sb.append(String.format("  %-14s %-22s %d%n", p, c, n))));
            sb.append("top rules:\n");
            rules.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(10)
                    .forEach(e -> sb.append(String.format("  %-32s %d%n", e.getKey(), e.getValue())));
        }
        return sb.toString();
    }

    /** Writes the self-contained HTML page: the summary, then the flagged messages gathered so far. */
    void writeHtml(Path target, String source) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(HtmlReport.head(source, this));
            try (var in = Files.newBufferedReader(htmlFragment, StandardCharsets.UTF_8)) {
                in.transferTo(w);
            }
            w.write(HtmlReport.TAIL);
        }
        Files.deleteIfExists(htmlFragment);
    }
}
