package dev.closeloop.cli;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Streams the rows of a chat export (.csv, .jsonl or .xlsx) as header → value maps, one at a time,
 * reporting rows it cannot read (bad quoting, broken UTF-8, oversized cells, malformed JSON) with their
 * line numbers instead of failing.
 */
final class RowReader {
    /** Rows larger than this are skipped unread: no chat message is 16 MB. */
    static final int MAX_ROW_BYTES = 16 * 1024 * 1024;

    /** Receives the rows of a file. */
    interface Sink {
        void row(long line, Map<String, String> values);

        void reject(long line, String reason);
    }

    private RowReader() {}

    /**
     * @param file the export
     * @param sink where rows go
     * @throws IOException if the file cannot be read at all
     * @throws IllegalArgumentException if the format is unknown
     */
    static void read(Path file, Sink sink) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            readCsv(file, name.endsWith(".tsv") ? '\t' : ',', sink);
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            readJsonl(file, sink);
        } else if (name.endsWith(".xlsx")) {
            readXlsx(file, sink);
        } else {
            throw new IllegalArgumentException("unknown input format '" + file.getFileName()
                    + "': use .csv, .tsv, .jsonl or .xlsx");
        }
    }

    /** Physical lines as bytes, read in blocks, checked for broken UTF-8 line by line. */
    private static final class Lines {
        private final InputStream in;
        private final byte[] block = new byte[1 << 16];
        private int pos;
        private int limit;
        private byte[] line = new byte[256];
        long number;
        boolean broken;
        boolean oversized;

        Lines(InputStream in) {
            this.in = in;
        }

        /** @return the next line without its terminator, or null at the end */
        String next() throws IOException {
            broken = false;
            oversized = false;
            int len = 0;
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(block, 0, block.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < limit && block[pos] != '\n') {
                    pos++;
                }
                int n = pos - start;
                if (len + n > MAX_ROW_BYTES) {
                    oversized = true;
                    n = Math.max(0, MAX_ROW_BYTES - len);
                }
                if (len + n > line.length) {
                    line = java.util.Arrays.copyOf(line, Math.max(len + n, line.length * 2));
                }
                System.arraycopy(block, start, line, len, n);
                len += n;
                if (pos < limit) {
                    pos++; // the newline
                    break;
                }
            }
            if (!any) {
                return null;
            }
            number++;
            if (len > 0 && line[len - 1] == '\r') {
                len--;
            }
            broken = !validUtf8(line, len);
            String s = new String(line, 0, len, StandardCharsets.UTF_8);
            return number == 1 && s.startsWith("\ufeff") ? s.substring(1) : s;
        }
    }

    /** Whether {@code b[0, len)} is well-formed UTF-8 (no stray continuation bytes, overlongs or surrogates). */
    static boolean validUtf8(byte[] b, int len) {
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + need >= len) {
                return false;
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int x = b[i + k] & 0xFF;
                if ((x & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (x & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += need + 1;
        }
        return true;
    }

    private static void readJsonl(Path file, Sink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Lines lines = new Lines(in);
            for (String line; (line = lines.next()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                if (lines.broken || lines.oversized) {
                    sink.reject(lines.number, lines.broken ? "broken UTF-8" : "row over 16 MB");
                    continue;
                }
                Object o;
                try {
                    o = Json.parse(line);
                } catch (RuntimeException e) {
                    sink.reject(lines.number, "malformed JSON (" + e.getMessage() + ")");
                    continue;
                }
                if (!(o instanceof Map<?, ?> map)) {
                    sink.reject(lines.number, "a line is not a JSON object");
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                map.forEach((k, v) -> values.put(String.valueOf(k), v == null ? "" : v instanceof Double d && d == Math.rint(d)
                        ? Long.toString(d.longValue()) : String.valueOf(v)));
                sink.row(lines.number, values);
            }
        }
    }

    private static void readCsv(Path file, char delimiter, Sink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Lines lines = new Lines(in);
            List<String> header = null;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            for (String line; (line = lines.next()) != null; ) {
                long start = lines.number;
                boolean broken = lines.broken;
                boolean oversized = lines.oversized;
                long size = line.length();
                fields.clear();
                field.setLength(0);
                if (header != null && line.indexOf('"') < 0 && !broken && !oversized) {
                    splitPlain(line, delimiter, fields); // no quotes: fields are what lies between delimiters
                    if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                        sink.row(start, zip(header, fields));
                    }
                    continue;
                }
                boolean quoted = false;
                boolean badQuote = false;
                boolean closed = false;
                String current = line;
                while (true) {
                    for (int i = 0; i < current.length(); i++) {
                        char c = current.charAt(i);
                        if (quoted) {
                            if (c == '"') {
                                if (i + 1 < current.length() && current.charAt(i + 1) == '"') {
                                    field.append('"');
                                    i++;
                                } else {
                                    quoted = false;
                                    closed = true;
                                }
                            } else {
                                field.append(c);
                            }
                        } else if (closed && c != delimiter) {
                            badQuote = true; // text after a closing quote: "bad "quoting
                            field.append(c);
                        } else if (c == '"') {
                            if (field.length() == 0) {
                                quoted = true;
                            } else {
                                badQuote = true;
                                field.append(c);
                            }
                        } else if (c == delimiter) {
                            fields.add(field.toString());
                            field.setLength(0);
                            closed = false;
                        } else {
                            field.append(c);
                        }
                    }
                    if (!quoted) {
                        break;
                    }
                    String more = lines.next(); // a quoted field goes on over the next line
                    if (more == null) {
                        badQuote = true;
                        break;
                    }
                    broken |= lines.broken;
                    oversized |= lines.oversized;
                    size += more.length();
                    if (size > MAX_ROW_BYTES) {
                        oversized = true;
                        field.setLength(0);
                    } else {
                        field.append('\n');
                    }
                    current = more;
                }
                fields.add(field.toString());
                if (header == null) {
                    if (broken || badQuote) {
                        throw new IOException("the header line is not valid CSV");
                    }
                    header = new ArrayList<>(fields);
                    continue;
                }
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                if (broken || oversized || badQuote) {
                    sink.reject(start, broken ? "broken UTF-8" : oversized ? "row over 16 MB" : "bad quoting");
                    continue;
                }
                sink.row(start, zip(header, fields));
            }
        }
    }

    private static void splitPlain(String line, char delimiter, List<String> fields) {
        int from = 0;
        for (int at; (at = line.indexOf(delimiter, from)) >= 0; from = at + 1) {
            fields.add(line.substring(from, at));
        }
        fields.add(line.substring(from));
    }

    private static Map<String, String> zip(List<String> header, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < fields.size(); i++) {
            values.put(header.get(i), fields.get(i));
        }
        return values;
    }

    private static void readXlsx(Path file, Sink sink) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
             Stream<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().openStream()) {
            List<String> header = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Row r : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
                if (header.isEmpty()) {
                    for (int i = 0; i < r.getCellCount(); i++) {
                        header.add(r.getCellText(i));
                    }
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.getCellCount(); i++) {
                    values.put(header.get(i), r.getCellText(i));
                }
                sink.row(r.getRowNum(), values);
            }
        }
    }
}
