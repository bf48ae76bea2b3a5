package dev.closeloop.cli;

import dev.closeloop.Platform;
import dev.closeloop.Sender;
import dev.closeloop.Stage;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups rows by conversation without holding the file in memory: rows go to a temporary file, one
 * line each, and the store keeps only each conversation's offsets into it. Reading a conversation
 * back costs one seek per row, so memory is bounded by the largest conversation.
 */
final class RowStore implements Closeable {
    private final Path file;
    private final BufferedWriter out;
    private final Map<String, long[]> offsets = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private long position;
    private RandomAccessFile in;

    RowStore() throws IOException {
        file = Files.createTempFile("closeloop-audit", ".rows");
        file.toFile().deleteOnExit();
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void add(ChatRow r) throws IOException {
        String line = "[" + r.line() + "," + r.order() + "," + JsonVerdict.str(r.conversation()) + "," + r.time() + ","
                + JsonVerdict.str(r.rawTime()) + "," + (r.sender() == Sender.BUYER ? "\"B\"" : "\"S\"") + ","
                + JsonVerdict.str(r.text()) + "," + (r.platform() == null ? "null" : "\"" + r.platform() + "\"") + ","
                + (r.stage() == null ? "null" : "\"" + r.stage() + "\"") + "]\n";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        out.write(line);
        int n = counts.getOrDefault(r.conversation(), 0);
        long[] at = offsets.get(r.conversation());
        if (at == null || n == at.length) {
            at = at == null ? new long[4] : Arrays.copyOf(at, n * 2);
            offsets.put(r.conversation(), at);
        }
        at[n] = position;
        counts.put(r.conversation(), n + 1);
        position += bytes.length;
    }

    /** @return the conversation ids in the order they first appeared */
    List<String> conversations() {
        return new ArrayList<>(offsets.keySet());
    }

    /** Ends writing; conversations can be read from now on. */
    void seal() throws IOException {
        out.close();
        in = new RandomAccessFile(file.toFile(), "r");
    }

    /** @return the rows of one conversation, in file order */
    synchronized List<ChatRow> read(String conversation) throws IOException {
        long[] at = offsets.get(conversation);
        int n = counts.get(conversation);
        List<ChatRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            in.seek(at[i]);
            rows.add(parse(readLine()));
        }
        return rows;
    }

    private byte[] chunk = new byte[8192];

    /** Reads from the current position to the next newline, in chunks rather than byte by byte. */
    private String readLine() throws IOException {
        int len = 0;
        while (true) {
            if (len == chunk.length) {
                chunk = Arrays.copyOf(chunk, chunk.length * 2);
            }
            int got = in.read(chunk, len, chunk.length - len);
            if (got < 0) {
                return new String(chunk, 0, len, StandardCharsets.UTF_8);
            }
            for (int i = len; i < len + got; i++) {
                if (chunk[i] == '\n') {
                    return new String(chunk, 0, i, StandardCharsets.UTF_8);
                }
            }
            len += got;
        }
    }

    @SuppressWarnings("unchecked")
    private static ChatRow parse(String line) {
        List<Object> v = (List<Object>) Json.parse(line);
        return new ChatRow(((Double) v.get(0)).longValue(), ((Double) v.get(1)).longValue(), (String) v.get(2),
                (long) (double) (Double) v.get(3), (String) v.get(4), "B".equals(v.get(5)) ? Sender.BUYER : Sender.SELLER,
                (String) v.get(6), v.get(7) == null ? null : Platform.valueOf((String) v.get(7)),
                v.get(8) == null ? null : Stage.valueOf((String) v.get(8)));
    }

    @Override
    public void close() throws IOException {
        out.close();
        if (in != null) {
            in.close();
        }
        Files.deleteIfExists(file);
    }
}
