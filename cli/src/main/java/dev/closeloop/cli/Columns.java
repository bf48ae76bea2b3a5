package dev.closeloop.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which input column holds which field. Known header spellings are recognised (conversation_id,
 * chat_id, 会话ID, timestamp, time, sender, role, from, text, message, content, 内容…); {@code --columns}
 * maps others: {@code --columns conversation=Ticket,text=Body}.
 */
final class Columns {
    static final List<String> FIELDS = List.of("conversation", "time", "sender", "text", "platform", "stage");
    private static final Map<String, String> KNOWN = new HashMap<>();

    static {
        for (String h : new String[] {"conversation", "conversation_id", "conversationid", "chat_id", "chatid", "thread_id",
                "dialog_id", "ticket", "ticket_id", "session_id", "会话id", "会话", "对话id", "id диалога", "диалог"}) {
            KNOWN.put(h, "conversation");
        }
        for (String h : new String[] {"time", "timestamp", "date", "datetime", "created_at", "sent_at", "时间", "发送时间", "время", "дата"}) {
            KNOWN.put(h, "time");
        }
        for (String h : new String[] {"sender", "from", "role", "author", "sender_type", "发送者", "发送方", "角色", "отправитель", "автор"}) {
            KNOWN.put(h, "sender");
        }
        for (String h : new String[] {"text", "message", "content", "body", "msg", "消息", "内容", "消息内容", "текст", "сообщение"}) {
            KNOWN.put(h, "text");
        }
        for (String h : new String[] {"platform", "marketplace", "channel", "平台", "площадка"}) {
            KNOWN.put(h, "platform");
        }
        for (String h : new String[] {"stage", "phase", "阶段", "этап"}) {
            KNOWN.put(h, "stage");
        }
    }

    private final Map<String, String> mapping;

    private Columns(Map<String, String> mapping) {
        this.mapping = mapping;
    }

    /**
     * @param spec {@code field=Header,...} from {@code --columns}, or null
     * @return the column mapping
     * @throws IllegalArgumentException if the spec names an unknown field or is malformed
     */
    static Columns of(String spec) {
        Map<String, String> m = new HashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String part : spec.split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0 || eq == part.length() - 1) {
                    throw new IllegalArgumentException("--columns takes field=Header pairs separated by commas, got '" + part + "'");
                }
                String field = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException("--columns: unknown field '" + field + "'; fields are " + FIELDS);
                }
                m.put(part.substring(eq + 1).trim().toLowerCase(Locale.ROOT), field);
            }
        }
        return new Columns(m);
    }

    /** @return the field a header stands for, or null for a column the audit ignores */
    String field(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT).replace('\ufeff', ' ').trim();
        String f = mapping.get(h);
        return f != null ? f : mapping.containsValue(KNOWN.get(h)) ? null : KNOWN.get(h);
    }
}
