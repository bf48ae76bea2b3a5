package dev.closeloop.internal;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Arrays in a byte stream, written and read back in the same order, for {@link LexiconSnapshot}. The reader copies
 * each array in bulk from a byte buffer, not element by element: a fresh JVM reads a snapshot in the interpreter.
 */
final class Snapshot {
    private Snapshot() {}

    /** Appends values to a growing byte buffer, big-endian. Not thread-safe. */
    static final class Writer {
        private ByteBuffer out = ByteBuffer.allocate(1 << 16);

        /** @return the buffer, with room for {@code bytes} more */
        private ByteBuffer room(int bytes) {
            if (out.remaining() < bytes) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(out.capacity() * 2, out.position() + bytes));
                out = bigger.put(out.flip());
            }
            return out;
        }

        /**
         * Writes an array's length, then its elements through {@code view}, a typed view of the buffer at its position.
         *
         * @param size the bytes per element
         */
        private Writer putArray(int length, int size, Consumer<ByteBuffer> view) {
            view.accept(room(4 + size * length).putInt(length));
            out.position(out.position() + size * length);
            return this;
        }

        Writer putInt(int v) {
            room(4).putInt(v);
            return this;
        }

        Writer putLong(long v) {
            room(8).putLong(v);
            return this;
        }

        Writer putInts(int[] a) {
            return putArray(a.length, 4, b -> b.asIntBuffer().put(a));
        }

        Writer putLongs(long[] a) {
            return putArray(a.length, 8, b -> b.asLongBuffer().put(a));
        }

        Writer putChars(char[] a) {
            return putArray(a.length, 2, b -> b.asCharBuffer().put(a));
        }

        Writer putShorts(short[] a) {
            return putArray(a.length, 2, b -> b.asShortBuffer().put(a));
        }

        Writer putBytes(byte[] a) {
            room(4 + a.length).putInt(a.length).put(a);
            return this;
        }

        Writer putBooleans(boolean[] a) {
            byte[] b = new byte[a.length];
            for (int i = 0; i < a.length; i++) {
                b[i] = (byte) (a[i] ? 1 : 0);
            }
            return putBytes(b);
        }

        /** An array of arrays, most of them null: its length, then the index and the array of each that is not. */
        Writer putSparseRows(int[][] rows) {
            int count = 0;
            for (int[] row : rows) {
                count += row == null ? 0 : 1;
            }
            putInt(rows.length).putInt(count);
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] != null) {
                    putInt(i).putInts(rows[i]);
                }
            }
            return this;
        }

        Writer putStrings(String[] a) {
            putInt(a.length);
            for (String s : a) {
                putChars(s.toCharArray());
            }
            return this;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(out.array(), out.position());
        }
    }

    /**
     * Reads what a {@link Writer} wrote, in its order. A read past the end, or a length that does not fit, throws
     * {@link IllegalStateException}: the snapshot is damaged.
     */
    static final class Reader {
        private final ByteBuffer in;

        Reader(byte[] bytes) {
            in = ByteBuffer.wrap(bytes);
        }

        int getInt() {
            try {
                return in.getInt();
            } catch (BufferUnderflowException e) {
                throw damaged();
            }
        }

        long getLong() {
            try {
                return in.getLong();
            } catch (BufferUnderflowException e) {
                throw damaged();
            }
        }

        int[] getInts() {
            int[] a = new int[length(4)];
            in.asIntBuffer().get(a);
            in.position(in.position() + 4 * a.length);
            return a;
        }

        long[] getLongs() {
            long[] a = new long[length(8)];
            in.asLongBuffer().get(a);
            in.position(in.position() + 8 * a.length);
            return a;
        }

        char[] getChars() {
            char[] a = new char[length(2)];
            in.asCharBuffer().get(a);
            in.position(in.position() + 2 * a.length);
            return a;
        }

        short[] getShorts() {
            short[] a = new short[length(2)];
            in.asShortBuffer().get(a);
            in.position(in.position() + 2 * a.length);
            return a;
        }

        byte[] getBytes() {
            byte[] a = new byte[length(1)];
            in.get(a);
            return a;
        }

        boolean[] getBooleans() {
            byte[] b = getBytes();
            boolean[] a = new boolean[b.length];
            for (int i = 0; i < b.length; i++) {
                a[i] = b[i] != 0;
            }
            return a;
        }

        int[][] getSparseRows() {
            int[][] rows = new int[length(0)][];
            int count = getInt();
            for (int k = 0; k < count; k++) {
                int i = getInt();
                if (i < 0 || i >= rows.length) {
                    throw damaged();
                }
                rows[i] = getInts();
            }
            return rows;
        }

        String[] getStrings() {
            String[] a = new String[length(0)];
            for (int i = 0; i < a.length; i++) {
                a[i] = new String(getChars());
            }
            return a;
        }

        /** @return whether every byte was read */
        boolean atEnd() {
            return !in.hasRemaining();
        }

        /** Reads a length and checks that that many elements of {@code size} bytes remain. */
        private int length(int size) {
            int n = getInt();
            if (n < 0 || (long) n * size > in.remaining()) {
                throw damaged();
            }
            return n;
        }

        private static IllegalStateException damaged() {
            return new IllegalStateException("The lexicon snapshot is damaged; rebuild the closeloop-core jar.");
        }
    }
}
