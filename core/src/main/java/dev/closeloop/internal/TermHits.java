package dev.closeloop.internal;

import java.util.Arrays;

/** The term occurrences found in one message, in normalized offsets. Reusable scratch; not thread-safe. */
final class TermHits {
    int[] term = new int[16];
    int[] start = new int[16];
    int[] end = new int[16];
    int size;

    void clear() {
        size = 0;
    }

    void add(int termId, int s, int e) {
        for (int k = size - 1; k >= 0 && end[k] >= e - 64; k--) {
            if (term[k] == termId && start[k] == s && end[k] == e) {
                return;
            }
        }
        if (size == term.length) {
            term = Arrays.copyOf(term, size * 2);
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
        }
        term[size] = termId;
        start[size] = s;
        end[size] = e;
        size++;
    }
}
