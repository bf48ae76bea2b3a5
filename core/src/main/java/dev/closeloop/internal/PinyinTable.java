package dev.closeloop.internal;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every CJK unified ideograph's toneless pinyin readings, as small syllable ids, so the matcher can
 * read 薇信, 威信 and 维信 as the same syllables as 微信. Built once per JVM from pinyin4j; pinyin4j
 * is never called per message.
 *
 * <p>Characters listed in {@code hanzi-lookalikes.tsv} also carry the readings of the character
 * they imitate (徽 reads hui and wei). Immutable after construction and thread-safe.
 */
public final class PinyinTable {
    static final int FIRST = 0x3400;
    static final int LAST = 0x9FFF;

    private static final class Holder {
        static final PinyinTable INSTANCE = new PinyinTable();
    }

    private final int[] start;
    private final short[] readings;
    private final List<String> syllables = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Character, Character> imitated = new HashMap<>();

    /** @return the table, built on first use */
    public static PinyinTable get() {
        return Holder.INSTANCE;
    }

    private PinyinTable() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        for (String[] row : Resources.rows("hanzi-lookalikes.tsv")) {
            imitated.put(row[0].charAt(0), row[1].charAt(0));
        }
        int size = LAST - FIRST + 1;
        start = new int[size + 1];
        short[] flat = new short[size * 2];
        int n = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            start[i] = n;
            char c = (char) (FIRST + i);
            seen.clear();
            read(c, format, seen);
            Character like = imitated.get(c);
            if (like != null) {
                read(like, format, seen);
            }
            for (String s : seen) {
                if (n == flat.length) {
                    flat = java.util.Arrays.copyOf(flat, flat.length * 2);
                }
                flat[n++] = (short) id(s);
            }
        }
        start[size] = n;
        readings = java.util.Arrays.copyOf(flat, n);
    }

    private static void read(char c, HanyuPinyinOutputFormat format, Set<String> into) {
        try {
            String[] r = PinyinHelper.toHanyuPinyinStringArray(c, format);
            if (r != null) {
                for (String s : r) {
                    if (!s.isEmpty() && s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                        into.add(s);
                    }
                }
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j rejected a fixed output format", e);
        }
    }

    private int id(String syllable) {
        return ids.computeIfAbsent(syllable, s -> {
            syllables.add(s);
            return syllables.size() - 1;
        });
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
