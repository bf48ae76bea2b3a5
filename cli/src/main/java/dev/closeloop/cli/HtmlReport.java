package dev.closeloop.cli;

import dev.closeloop.Category;
import dev.closeloop.Decision;
import dev.closeloop.Finding;

import java.util.Map;

/** The audit's HTML page: one self-contained file, no scripts or network, readable in any browser. */
final class HtmlReport {
    static final String TAIL = "</section>\n</body>\n</html>\n";

    private HtmlReport() {}

    static String head(String source, AuditReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Closeloop audit</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:70rem}")
                .append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}")
                .append(".bar{display:inline-block;height:.9rem;background:#c0392b;vertical-align:middle}")
                .append(".REVIEW{color:#b9770e}.BLOCK{color:#c0392b}.ALLOW{color:#1e8449}")
                .append("article{border-top:1px solid #ddd;padding:.6rem 0}mark{background:#f9d6d5;padding:0 .1rem}")
                .append("small{color:#666}\n</style>\n</head>\n<body>\n<h1>Closeloop audit</h1>\n<p><small>")
                .append(esc(source)).append("</small></p>\n<h2>Summary</h2>\n<table>\n")
                .append(row("rows read", r.rowsRead)).append(row("seller messages evaluated", r.evaluated))
                .append(row("buyer messages (context)", r.context)).append(row("skipped", r.skippedTotal()))
                .append(row("conversations", r.conversations))
                .append(row("REVIEW", r.byDecision.getOrDefault(Decision.REVIEW, 0L)))
                .append(row("BLOCK", r.byDecision.getOrDefault(Decision.BLOCK, 0L)))
                .append(row("missing closing summaries", r.missingSummaries))
                .append(row("late replies", r.lateReplies)).append("</table>\n");
        if (!r.skipped.isEmpty()) {
            sb.append("<h3>Skipped rows</h3>\n<table>\n");
            r.skipped.forEach((reason, n) -> sb.append(row(reason, n)));
            sb.append("</table>\n");
        }
        long max = r.table.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(1);
        sb.append("<h2>Findings by platform and category</h2>\n<table>\n<tr><th>platform</th><th>category</th><th>findings</th><th></th></tr>\n");
        r.table.forEach((p, m) -> {
            for (Map.Entry<Category, Long> e : m.entrySet()) {
                sb.append("<tr><td>").append(p).append("</td><td>").append(e.getKey()).append("</td><td>").append(e.getValue())
                        .append("</td><td><span class=\"bar\" style=\"width:").append(Math.max(2, e.getValue() * 300 / max))
                        .append("px\"></span></td></tr>\n");
            }
        });
        sb.append("</table>\n<h2>Flagged messages</h2>\n<section>\n");
        return sb.toString();
    }

    private static String row(String label, long n) {
        return "<tr><th>" + esc(label) + "</th><td>" + n + "</td></tr>\n";
    }

    /** One flagged message: its place, decision, text with every finding marked, and the explanations. */
    static String entry(ConversationAuditor.Audited a) {
        String text = a.row().text();
        StringBuilder marked = new StringBuilder();
        int at = 0;
        for (Finding f : a.verdict().findings()) {
            if (f.start() < at) {
                continue;
            }
            marked.append(esc(text.substring(at, f.start()))).append("<mark title=\"").append(esc(f.ruleId())).append("\">")
                    .append(esc(f.excerpt())).append("</mark>");
            at = f.end();
        }
        marked.append(esc(text.substring(at)));
        StringBuilder sb = new StringBuilder();
        sb.append("<article><p><b class=\"").append(a.decision()).append("\">").append(a.decision()).append("</b> <small>line ")
                .append(a.row().line()).append(" · conversation ").append(esc(a.row().conversation())).append(" · ")
                .append(a.platform()).append(a.row().rawTime().isEmpty() ? "" : " · " + esc(a.row().rawTime()))
                .append("</small></p>\n<p>").append(marked).append("</p>\n<ul>");
        for (Finding f : a.verdict().findings()) {
            sb.append("<li><b>").append(f.category()).append("</b> ").append(esc(f.explanation())).append("</li>");
        }
        for (String c : a.checks()) {
            sb.append("<li><b>").append(esc(c)).append("</b> the conversation left the platform under the exception "
                    + "protocol but no later seller message sums up the resolution in the platform thread.</li>");
        }
        a.verdict().suggestion().ifPresent(s -> sb.append("<li><i>suggestion:</i> ").append(esc(s)).append("</li>"));
        return sb.append("</ul></article>\n").toString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                        && Character.isHighSurrogate(s.charAt(i - 1))) ? '\ufffd' : c);
            }
        }
        return sb.toString();
    }
}
