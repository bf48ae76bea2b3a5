package dev.closeloop.cli;

import dev.closeloop.Platform;
import dev.closeloop.Sender;
import dev.closeloop.Stage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a raw row (header → value) into a {@link ChatRow}, or says why it cannot: missing text,
 * unknown sender, text over the size limit. Timestamps are ISO-8601 (with or without zone; no zone
 * means UTC), {@code yyyy-MM-dd HH:mm[:ss]}, {@code yyyy/MM/dd HH:mm[:ss]}, or epoch seconds or milliseconds;
 * an empty or unreadable timestamp keeps the file order.
 */
final class RowParser {
    /** Longer texts are skipped: 1,000,000 chars is far beyond any chat message. */
    static final int MAX_TEXT = 1_000_000;
    private static final DateTimeFormatter[] LOCAL = {
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm[:ss]"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME};

    private final Columns columns;

    RowParser(Columns columns) {
        this.columns = columns;
    }

    /** A parsed row, or the reason it was skipped. */
    record Result(ChatRow row, String skipped) {
    }

    Result parse(long line, long order, Map<String, String> raw) {
        String conversation = null;
        String time = "";
        String sender = null;
        String text = null;
        String platform = null;
        String stage = null;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String f = columns.field(e.getKey());
            if (f == null) {
                continue;
            }
            String v = e.getValue();
            switch (f) {
                case "conversation" -> conversation = v;
                case "time" -> time = v;
                case "sender" -> sender = v;
                case "text" -> text = v;
                case "platform" -> platform = v;
                default -> stage = v;
            }
        }
        if (text == null || text.isBlank()) {
            return new Result(null, "missing text");
        }
        if (text.length() > MAX_TEXT) {
            return new Result(null, "text over 1,000,000 chars");
        }
        Sender s = sender(sender);
        if (s == null) {
            return new Result(null, sender == null || sender.isBlank() ? "missing sender" : "unknown sender");
        }
        Platform p = null;
        if (platform != null && !platform.isBlank()) {
            p = platform(platform);
            if (p == null) {
                return new Result(null, "unknown platform");
            }
        }
        Stage st = null;
        if (stage != null && !stage.isBlank()) {
            try {
                st = Stage.valueOf(stage.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                return new Result(null, "unknown stage");
            }
        }
        String conv = conversation == null || conversation.isBlank() ? "(none)" : conversation.trim();
        return new Result(new ChatRow(line, order, conv, time(time), time, s, text, p, st), null);
    }

    static Sender sender(String v) {
        if (v == null) {
            return null;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "buyer", "customer", "client", "user", "b", "买家", "顾客", "客户", "покупатель", "клиент" -> Sender.BUYER;
            case "seller", "merchant", "shop", "store", "agent", "support", "s", "卖家", "商家", "客服", "продавец", "магазин" -> Sender.SELLER;
            default -> null;
        };
    }

    static Platform platform(String v) {
        String p = v.trim().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_').replace(' ', '_');
        if (p.equals("ALIBABA")) {
            p = "ALIBABA_COM";
        }
        try {
            return Platform.valueOf(p);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static long time(String v) {
        String t = v == null ? "" : v.trim();
        if (t.isEmpty()) {
            return ChatRow.UNKNOWN_TIME;
        }
        if (t.chars().allMatch(Character::isDigit) && t.length() <= 13) {
            long n = Long.parseLong(t);
            return t.length() > 10 ? n : n * 1000;
        }
        try {
            return OffsetDateTime.parse(t).toInstant().toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // not ISO with an offset; try the local forms
        }
        try {
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the local forms
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return LocalDateTime.parse(t, f).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return ChatRow.UNKNOWN_TIME;
    }
}
