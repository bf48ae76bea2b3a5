package dev.closeloop.cli;

import dev.closeloop.Platform;
import dev.closeloop.Sender;
import dev.closeloop.Stage;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups rows by conversation without holding the file in memory: rows go to a temporary file as
 * length-prefixed binary records, and the store keeps only each conversation's offsets into it.
 * The file is then mapped into memory (1 GiB segments that overlap by more than the largest record),
 * so worker threads read conversations back without locks or system calls; the heap holds only the
 * conversations being audited.
 */
final class RowStore implements Closeable {
    private final Path file;
    private final DataOutputStream out;
    private final ByteArrayOutputStream record = new ByteArrayOutputStream(256);
    private final DataOutputStream fields = new DataOutputStream(record);
    private final Map<String, long[]> offsets = new LinkedHashMap<>();
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private static final long SEGMENT = 1L << 30;
    private static final long OVERLAP = RowReader.MAX_ROW_BYTES * 2L + 4096;
    private long position;
    private final List<ByteBuffer> segments = new ArrayList<>();

    RowStore() throws IOException {
        file = Files.createTempFile("closeloop-audit", ".rows");
        file.toFile().deleteOnExit();
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void add(ChatRow r) throws IOException {
        record.reset();
        fields.writeLong(r.line());
        fields.writeLong(r.order());
        fields.writeLong(r.time());
        fields.writeByte(r.sender() == Sender.BUYER ? 0 : 1);
        fields.writeByte(r.platform() == null ? -1 : r.platform().ordinal());
        fields.writeByte(r.stage() == null ? -1 : r.stage().ordinal());
        string(r.conversation());
        string(r.rawTime());
        string(r.text());
        out.writeInt(record.size());
        record.writeTo(out);
        int[] n = counts.computeIfAbsent(r.conversation(), k -> new int[1]);
        long[] at = offsets.get(r.conversation());
        if (at == null || n[0] == at.length) {
            at = at == null ? new long[4] : Arrays.copyOf(at, n[0] * 2);
            offsets.put(r.conversation(), at);
        }
        at[n[0]++] = position;
        position += 4 + record.size();
    }

    private void string(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        fields.writeInt(b.length);
        fields.write(b);
    }

    /** @return the conversation ids in the order they first appeared */
    List<String> conversations() {
        return new ArrayList<>(offsets.keySet());
    }

    /** Ends writing; conversations can be read from now on. */
    void seal() throws IOException {
        out.close();
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r"); FileChannel ch = f.getChannel()) {
            for (long from = 0; from < position; from += SEGMENT) {
                segments.add(ch.map(FileChannel.MapMode.READ_ONLY, from, Math.min(position - from, SEGMENT + OVERLAP)));
            }
        }
    }

    /** @return the rows of one conversation, in file order; safe to call from many threads at once */
    List<ChatRow> read(String conversation) {
        long[] at = offsets.get(conversation);
        int n = counts.get(conversation)[0];
        List<ChatRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ByteBuffer seg = segments.get((int) (at[i] / SEGMENT));
            int off = (int) (at[i] % SEGMENT);
            byte[] b = new byte[seg.getInt(off)];
            seg.get(off + 4, b);
            rows.add(parse(ByteBuffer.wrap(b)));
        }
        return rows;
    }

    private static ChatRow parse(ByteBuffer b) {
        long line = b.getLong();
        long order = b.getLong();
        long time = b.getLong();
        Sender sender = b.get() == 0 ? Sender.BUYER : Sender.SELLER;
        int platform = b.get();
        int stage = b.get();
        String conversation = string(b);
        String rawTime = string(b);
        String text = string(b);
        return new ChatRow(line, order, conversation, time, rawTime, sender, text,
                platform < 0 ? null : Platform.values()[platform], stage < 0 ? null : Stage.values()[stage]);
    }

    private static String string(ByteBuffer b) {
        int len = b.getInt();
        String s = new String(b.array(), b.position(), len, StandardCharsets.UTF_8);
        b.position(b.position() + len);
        return s;
    }

    @Override
    public void close() throws IOException {
        out.close();
        segments.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit(); // still mapped on some systems; the JVM removes it at exit
        }
    }
}
