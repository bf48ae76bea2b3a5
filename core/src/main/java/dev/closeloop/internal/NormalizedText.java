package dev.closeloop.internal;

import java.util.Arrays;

/**
 * A normalized copy of a text with, for every normalized char, the span of the original text it
 * came from. Growable and reusable: one instance per thread serves every message.
 *
 * <p>Normalized char {@code i} came from original {@code [sourceStart(i), sourceEnd(i))}; a
 * normalized span {@code [a, b)} maps back to {@code [sourceStart(a), sourceEnd(b - 1))}. Chars
 * dropped by normalization belong to no normalized char, so a mapped span never starts or ends
 * inside them. Expansions (⑩ → "10") give several normalized chars the same source span.
 *
 * <p>Most texts map one to one for a long way (no char dropped, collapsed or expanded yet), so the
 * spans of that leading stretch are implicit, {@code [i, i + 1)}: pass one stores one array per char
 * instead of three, and a rewritten text keeps the implicit stretch it copies from the start.
 */
public final class NormalizedText implements CharSequence {
    private static final int KEEP_AFTER_USE = 1 << 16;

    /** The normalized chars; those past {@link #length} are scratch (the scanner puts sentinels there). */
    char[] chars = new char[256];
    /** A copy of the original text's chars, read faster than {@code String.charAt}. */
    private char[] source = new char[256];
    int[] start = new int[256];
    int[] end = new int[256];
    int length;
    int originalLength;
    /** Chars before this index have the implicit span {@code [i, i + 1)}; {@link #start} and {@link #end} hold the others. */
    int implicitSpans;
    /**
     * Where each run of ASCII digits starts, in order: the phone scanner reads these instead of every char. The
     * array is as long as {@link #chars}; pass two of normalization fills it as it reads the number tokens.
     */
    int[] digitRuns = new int[256];
    /** Where each of those runs ends, so the phone scanner tells the short numbers apart without reading them. */
    int[] digitRunEnds = new int[256];
    int digitRunCount;
    /**
     * Where the e-mail and URL scanner may anchor, in order, when pass two could note them: every char it would
     * anchor on with a name before it ({@link AddressScanner#hasNameBefore}), and maybe more; the scanner reads
     * these instead of every char. -1 when they were not noted (a word mixing Cyrillic letters with others): the
     * scanner then reads every char.
     */
    int[] anchors = new int[256];
    int anchorCount;
    /** False when pass one saw that the original text has no char of U+0400–U+04FF. */
    boolean sourceMayHaveCyrillic;
    /** The digit runs and anchors before this index are noted: pass two reads on from here. */
    int notedBefore;

    void reset(int originalLength) {
        this.length = 0;
        this.originalLength = originalLength;
        this.implicitSpans = 0;
        this.digitRunCount = 0;
        this.anchorCount = 0;
        this.notedBefore = 0;
    }

    /** Takes the digit runs and anchors {@code other} noted, all before {@code before}, as this text's notes up to there. */
    void takeNotes(NormalizedText other, int before) {
        System.arraycopy(other.digitRuns, 0, digitRuns, 0, other.digitRunCount);
        System.arraycopy(other.digitRunEnds, 0, digitRunEnds, 0, other.digitRunCount);
        System.arraycopy(other.anchors, 0, anchors, 0, other.anchorCount);
        digitRunCount = other.digitRunCount;
        anchorCount = other.anchorCount;
        notedBefore = before;
    }

    /**
     * Adds the digit runs in {@code [from, to)}, which must lie after the last one added; a run that goes on past
     * {@code to} ends at {@code to}, where the caller goes on noting it.
     */
    void addDigitRuns(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Chars.isDigit(chars[i])) {
                if (i == 0 || !Chars.isDigit(chars[i - 1])) {
                    digitRuns[digitRunCount++] = i;
                }
                digitRunEnds[digitRunCount - 1] = i + 1;
            }
        }
    }

    /** Notes the chars in {@code [from, to)} the address scanner may anchor on; they must lie after the last one noted. */
    void addAnchors(int from, int to) {
        for (int i = from; i < to; i++) {
            if (AddressScanner.mayAnchor(chars[i])) {
                noteAnchor(i);
            }
        }
    }

    /** Notes char {@code i}, where an anchor may stand, if a name stands before it; it must lie after the last one noted. */
    void noteAnchor(int i) {
        if (AddressScanner.hasNameBefore(chars, i)) {
            anchors[anchorCount++] = i;
        }
    }

    /** @return the copy of the original text pass one made, as long as the text at least */
    char[] sourceChars() {
        return source;
    }

    char[] source(int n) {
        if (source.length < n) {
            source = new char[Math.max(n, source.length * 2)];
        }
        return source;
    }

    void ensure(int extra) {
        int need = length + extra;
        if (need > chars.length) {
            int cap = Math.max(need, chars.length * 2);
            chars = Arrays.copyOf(chars, cap);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            digitRuns = Arrays.copyOf(digitRuns, cap);
            digitRunEnds = Arrays.copyOf(digitRunEnds, cap);
            anchors = Arrays.copyOf(anchors, cap);
        }
    }

    void append(char c, int from, int to) {
        if (length == chars.length) {
            ensure(1);
        }
        chars[length] = c;
        start[length] = from;
        end[length] = to;
        length++;
    }

    /** Appends chars {@code [from, to)} of {@code in} with their source spans. */
    void appendRange(NormalizedText in, int from, int to) {
        int k = to - from;
        ensure(k);
        System.arraycopy(in.chars, from, chars, length, k);
        if (from == length && implicitSpans == length) {
            // copied to where they stand in the source text, as this text's implicit stretch does: it goes on as far
            // as the copied one's
            implicitSpans = Math.max(length, Math.min(to, in.implicitSpans));
        }
        int j = Math.max(from, from + implicitSpans - length);
        int at = length + j - from;
        for (int implicitTo = Math.min(to, in.implicitSpans); j < implicitTo; j++, at++) {
            start[at] = j;
            end[at] = j + 1;
        }
        System.arraycopy(in.start, j, start, at, to - j);
        System.arraycopy(in.end, j, end, at, to - j);
        length += k;
    }

    /** Swaps buffers with {@code other} and takes its content, leaving {@code other} with this text's old buffers. */
    void takeFrom(NormalizedText other) {
        char[] c = chars;
        int[] s = start;
        int[] e = end;
        int[] d = digitRuns;
        int[] de = digitRunEnds;
        int[] a = anchors;
        chars = other.chars;
        start = other.start;
        end = other.end;
        digitRuns = other.digitRuns;
        digitRunEnds = other.digitRunEnds;
        anchors = other.anchors;
        length = other.length;
        originalLength = other.originalLength;
        implicitSpans = other.implicitSpans;
        digitRunCount = other.digitRunCount;
        anchorCount = other.anchorCount;
        notedBefore = other.notedBefore;
        other.chars = c;
        other.start = s;
        other.end = e;
        other.digitRuns = d;
        other.digitRunEnds = de;
        other.anchors = a;
        other.length = 0;
        other.digitRunCount = 0;
        other.anchorCount = 0;
    }

    /** Drops buffers grown by a huge message so one outlier does not pin memory for the thread's life. */
    void trim() {
        if (source.length > KEEP_AFTER_USE) {
            source = new char[256];
        }
        if (chars.length > KEEP_AFTER_USE) {
            chars = new char[256];
            start = new int[256];
            end = new int[256];
            digitRuns = new int[256];
            digitRunEnds = new int[256];
            anchors = new int[256];
            length = 0;
            implicitSpans = 0;
            digitRunCount = 0;
            anchorCount = 0;
        }
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " is outside [0, " + length + ")");
        }
        return chars[index];
    }

    /**
     * @param i a normalized offset; {@code length()} maps to the original length
     * @return where normalized char {@code i} starts in the original
     */
    public int sourceStart(int i) {
        return i >= length ? originalLength : i < implicitSpans ? i : start[i];
    }

    /**
     * @param normalizedEnd an exclusive normalized end offset; 0 maps to 0
     * @return the original end offset of the char before {@code normalizedEnd}
     */
    public int sourceEnd(int normalizedEnd) {
        if (normalizedEnd <= 0) {
            return 0;
        }
        int last = Math.min(normalizedEnd, length) - 1;
        return last < implicitSpans ? last + 1 : end[last];
    }

    /** Whether chars {@code [from, to)} are exactly {@code s}, compared in place. */
    boolean regionEquals(int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (chars[i] != s.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new String(chars, from, to - from);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
