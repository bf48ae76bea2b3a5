package dev.closeloop.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every CJK unified ideograph's toneless pinyin readings, as small syllable ids, so the matcher can
 * read 薇信, 威信 and 维信 as the same syllables as 微信. Built once per JVM from {@code pinyin.txt},
 * the readings pinyin4j gives, taken from it when the file was generated: pinyin4j loads its own data
 * and formats each char's readings for a third of a second, which every checker's start-up would pay.
 *
 * <p>Characters listed in {@code hanzi-lookalikes.tsv} also carry the readings of the character
 * they imitate (徽 reads hui and wei). Immutable after construction and thread-safe.
 */
public final class PinyinTable {
    static final int FIRST = 0x3400;
    static final int LAST = 0x9FFF;
    /** The readings of FIRST to LAST, one line per char; see the file's header. */
    static final String DATA = "pinyin.txt";

    private static final class Holder {
        static final PinyinTable INSTANCE = new PinyinTable();
    }

    private final int[] start;
    private final short[] readings;
    private final List<String> syllables = new ArrayList<>();

    /** @return the table, built on first use */
    public static PinyinTable get() {
        return Holder.INSTANCE;
    }

    private PinyinTable() {
        int size = LAST - FIRST + 1;
        // the file's readings: syllable ids in the order the file names them, chars' lists flat
        List<String> named = new ArrayList<>();
        int[] fileStart = new int[size + 1];
        short[] fileIds = readBundled(named, fileStart);
        // per char, the char it imitates, or 0: an array, not a map, since every char of the table is looked up
        char[] imitates = new char[size];
        for (String[] row : Resources.rows("hanzi-lookalikes.tsv")) {
            for (String c : row) {
                if (c.charAt(0) < FIRST || c.charAt(0) > LAST) {
                    throw new IllegalStateException("hanzi-lookalikes.tsv: " + c + " lies outside the pinyin table's chars");
                }
            }
            imitates[row[0].charAt(0) - FIRST] = row[1].charAt(0);
        }
        // a char's readings, then those of the char it imitates, each once; ids numbered in the order first met
        int[] idOf = new int[named.size()];
        java.util.Arrays.fill(idOf, -1);
        start = new int[size + 1];
        short[] flat = new short[fileIds.length + 64];
        int n = 0;
        for (int i = 0; i < size; i++) {
            start[i] = n;
            char like = imitates[i];
            for (int pass = 0; pass < (like == 0 ? 1 : 2); pass++) {
                int from = pass == 0 ? i : like - FIRST;
                for (int k = fileStart[from]; k < fileStart[from + 1]; k++) {
                    int f = fileIds[k];
                    if (idOf[f] < 0) {
                        idOf[f] = syllables.size();
                        syllables.add(named.get(f));
                    }
                    short id = (short) idOf[f];
                    boolean seen = false;
                    for (int j = start[i]; j < n; j++) {
                        seen |= flat[j] == id;
                    }
                    if (!seen) {
                        if (n == flat.length) {
                            flat = java.util.Arrays.copyOf(flat, flat.length * 2);
                        }
                        flat[n++] = id;
                    }
                }
            }
        }
        start[size] = n;
        readings = java.util.Arrays.copyOf(flat, n);
    }

    /**
     * Reads {@value #DATA}: after its header of comment lines, one line per char from {@link #FIRST} to
     * {@link #LAST}, its readings separated by single spaces.
     *
     * @param syllables receives the syllables, numbered in the order the file first names them
     * @param start receives, per char, where its readings start in the returned array, and their end after the last
     * @return the readings' syllable numbers
     */
    private static short[] readBundled(List<String> syllables, int[] start) {
        byte[] data = Resources.bytes(DATA);
        Map<String, Integer> number = new HashMap<>();
        short[] ids = new short[data.length / 2];
        int n = 0;
        int at = 0;
        while (at < data.length && data[at] == '#') {
            while (at < data.length && data[at++] != '\n') {
                // the rest of a header line
            }
        }
        int line = 0;
        for (int from = at; at < data.length; at++) {
            byte b = data[at];
            if (b != ' ' && b != '\n' && b != '\r') { // a checkout may have turned the line breaks into CR LF
                if (b < 'a' || b > 'z' || line >= start.length - 1) {
                    break; // not a syllable, or more lines than chars: reported below
                }
                continue;
            }
            if (at > from) {
                String syllable = new String(data, from, at - from, StandardCharsets.US_ASCII);
                Integer id = number.get(syllable);
                if (id == null) {
                    id = syllables.size();
                    number.put(syllable, id);
                    syllables.add(syllable);
                }
                ids[n++] = (short) (int) id;
            }
            from = at + 1;
            if (b == '\n') {
                start[++line] = n;
            }
        }
        if (at != data.length || line != start.length - 1) {
            throw new IllegalStateException(DATA + " is damaged near byte " + at + ": it must hold one line of lower-case syllables"
                    + " for each of the " + (start.length - 1) + " chars from U+3400 to U+9FFF, and holds " + line + ".");
        }
        return java.util.Arrays.copyOf(ids, n);
    }

    /** @return the readings of each char from {@link #FIRST} on, as the data file lists them, for tests */
    static String[][] bundledReadings() {
        List<String> named = new ArrayList<>();
        int[] fileStart = new int[LAST - FIRST + 2];
        short[] fileIds = readBundled(named, fileStart);
        String[][] out = new String[LAST - FIRST + 1][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new String[fileStart[i + 1] - fileStart[i]];
            for (int k = 0; k < out[i].length; k++) {
                out[i][k] = named.get(fileIds[fileStart[i] + k]);
            }
        }
        return out;
    }

    /** @return how many distinct syllables the table knows */
    public int syllableCount() {
        return syllables.size();
    }

    /** @return the syllable with this id */
    public String syllable(int id) {
        return syllables.get(id);
    }

    /** @return the index of {@code c}'s first reading in {@link #reading(int)}, or -1 when it has none */
    int first(char c) {
        if (c < FIRST || c > LAST) {
            return -1;
        }
        int i = c - FIRST;
        return start[i] == start[i + 1] ? -1 : start[i];
    }

    /** @return the index after {@code c}'s last reading */
    int last(char c) {
        return start[c - FIRST + 1];
    }

    /** @return the syllable id stored at a reading index */
    int reading(int index) {
        return readings[index];
    }

    /** @return the approximate heap held by the table's arrays, in bytes */
    public long approximateBytes() {
        return 16L + start.length * 4L + readings.length * 2L + syllables.size() * 56L;
    }
}
