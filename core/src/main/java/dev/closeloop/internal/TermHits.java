package dev.closeloop.internal;

import java.util.Arrays;

/**
 * The term occurrences found in one message, in normalized offsets, in order of their end (the
 * order the scanner finds them). Queries by position binary-search that order, so context lookups
 * stay logarithmic however long the message. Reusable scratch; not thread-safe.
 */
final class TermHits {
    int[] term = new int[16];
    /** The {@link TermKind} ordinal of each hit, so context lookups compare kinds without reading the term. */
    byte[] kind = new byte[16];
    int[] start = new int[16];
    int[] end = new int[16];
    int size;
    /** The longest hit, so a search by start can bound itself by end. */
    int maxSpan;
    /**
     * A bit for each {@link TermKind} ordinal among the hits: most messages lack most kinds, and a lookup of a kind
     * they lack ends at this bit.
     */
    int kinds;

    void clear() {
        size = 0;
        maxSpan = 0;
        kinds = 0;
    }

    /** @return whether a hit of the kind with this ordinal was added since the last {@link #clear()} */
    boolean hasKind(int kind) {
        return (kinds & 1 << kind) != 0;
    }

    /** @return the index of the first hit whose end is at least {@code pos} */
    int firstEndingAtOrAfter(int pos) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Like {@link #firstEndingAtOrAfter(int)}, walking from {@code hint}, an index near the answer
     * (a detector reading hits in order passes the hit it is on), so dense hits cost no binary search.
     */
    int firstEndingAtOrAfter(int pos, int hint) {
        int k = Math.max(0, Math.min(hint, size));
        for (int steps = 0; steps < 64; steps++) {
            if (k > 0 && end[k - 1] >= pos) {
                k--;
            } else if (k < size && end[k] < pos) {
                k++;
            } else {
                return k;
            }
        }
        return firstEndingAtOrAfter(pos);
    }

    /** Sorts hits by end, for lists filled out of order (the contact list). */
    void sortByEnd() {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = end[i - 1] <= end[i];
        }
        if (sorted) {
            return;
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((long) end[i] << 32) | i;
        }
        Arrays.sort(keys);
        int[] t = new int[size];
        byte[] kd = new byte[size];
        int[] st = new int[size];
        int[] en = new int[size];
        for (int i = 0; i < size; i++) {
            int k = (int) keys[i];
            t[i] = term[k];
            kd[i] = kind[k];
            st[i] = start[k];
            en[i] = end[k];
        }
        System.arraycopy(t, 0, term, 0, size);
        System.arraycopy(kd, 0, kind, 0, size);
        System.arraycopy(st, 0, start, 0, size);
        System.arraycopy(en, 0, end, 0, size);
    }

    /** Adds a hit unless the same one is already there; {@code kind} is a {@link TermKind} ordinal, 0 where unused. */
    void add(int termId, int kind, int s, int e) {
        for (int k = size - 1; k >= 0 && end[k] == e; k--) {
            if (term[k] == termId && start[k] == s && end[k] == e) {
                return;
            }
        }
        if (size == term.length) {
            term = Arrays.copyOf(term, size * 2);
            this.kind = Arrays.copyOf(this.kind, size * 2);
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
        }
        term[size] = termId;
        this.kind[size] = (byte) kind;
        start[size] = s;
        end[size] = e;
        size++;
        maxSpan = Math.max(maxSpan, e - s);
        kinds |= 1 << kind;
    }
}
