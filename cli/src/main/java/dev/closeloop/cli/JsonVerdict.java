package dev.closeloop.cli;

import dev.closeloop.Finding;
import dev.closeloop.Verdict;

import java.util.Map;

/** Writes a verdict as one JSON object. */
final class JsonVerdict {
    private JsonVerdict() {}

    static String of(Verdict v) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"platform\":").append(str(v.platform().name()))
                .append(",\"decision\":").append(str(v.decision().name()))
                .append(",\"findings\":[");
        boolean first = true;
        for (Finding f : v.findings()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append("{\"category\":").append(str(f.category().name()))
                    .append(",\"ruleId\":").append(str(f.ruleId()))
                    .append(",\"start\":").append(f.start())
                    .append(",\"end\":").append(f.end())
                    .append(",\"excerpt\":").append(str(f.excerpt()))
                    .append(",\"action\":").append(str(f.action().name()))
                    .append(",\"explanation\":").append(str(f.explanation()))
                    .append(",\"evidence\":{");
            boolean firstE = true;
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(f.evidence()).entrySet()) {
                if (!firstE) {
                    sb.append(',');
                }
                firstE = false;
                sb.append(str(e.getKey())).append(':').append(str(e.getValue()));
            }
            sb.append("}}");
        }
        sb.append(']');
        v.suggestion().ifPresent(s -> sb.append(",\"suggestion\":").append(str(s)));
        return sb.append('}').toString();
    }

    /** A JSON string literal; lone surrogates are escaped so the output is always valid UTF-8 JSON. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || lone) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
