package dev.closeloop.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The marketplaces' own customer-service numbers ({@value #FILE}), each known in the three ways a message writes it:
 * with the country calling code, with the trunk prefix, and bare ({@code +1 888 280 4331}, {@code 1-888-280-4331},
 * {@code 888-280-4331}; {@code +7 800 234-70-00}, {@code 8 800 234-70-00}). Immutable and thread-safe; a lookup
 * allocates nothing.
 */
final class MarketplaceNumbers {
    static final String FILE = "marketplace-numbers.tsv";
    /** The numbers bundled with the engine. */
    static final MarketplaceNumbers INSTANCE = new MarketplaceNumbers(Resources.rows(FILE));
    /** A phone number has at most 15 digits (E.164), so every form fits in a long. */
    private static final int MAX_DIGITS = 15;
    private static final int LENGTH_BITS = 5;

    /**
     * Every form of every number as the value of its digits and their count, ascending: the count keeps the leading 0 of a
     * trunk prefix ({@code 0800 …} in the United Kingdom).
     */
    private final long[] numbers;
    /** The host of the number at the same index of {@link #numbers}. */
    private final String[] hosts;

    /** @throws IllegalStateException when a row is not host, calling code, trunk prefix and national number */
    MarketplaceNumbers(List<String[]> rows) {
        int count = rows.size() * 3;
        long[] values = new long[count];
        Integer[] order = new Integer[count];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (row.length < 4 || !digits(row[1], false) || !digits(row[2], true) || !digits(row[3], false)
                    || Math.max(row[1].length(), row[2].length()) + row[3].length() > MAX_DIGITS) {
                throw new IllegalStateException(FILE + ": a row holds a host, a calling code, a trunk prefix and a national"
                        + " number, all but the host in digits, only the trunk prefix starting with 0, separated by tabs; not "
                        + String.join("\t", row));
            }
            values[3 * r] = key(row[1] + row[3]);
            values[3 * r + 1] = key(row[2] + row[3]);
            values[3 * r + 2] = key(row[3]);
        }
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(values[a], values[b]));
        numbers = new long[count];
        hosts = new String[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = values[order[i]];
            hosts[i] = rows.get(order[i] / 3)[0];
        }
    }

    private static boolean digits(String s, boolean zeroFirst) {
        return !s.isEmpty() && (zeroFirst || s.charAt(0) != '0') && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static long key(String digits) {
        return Long.parseLong(digits) << LENGTH_BITS | digits.length();
    }

    /**
     * @param d a number's digits, {@code n} of them
     * @return the host of the marketplace whose number it is, or null
     */
    String hostOf(char[] d, int n) {
        int from = n > 2 && d[0] == '0' && d[1] == '0' ? 2 : 0; // 001 888 …: the international prefix
        if (n - from > MAX_DIGITS || n == from) {
            return null;
        }
        long value = 0;
        for (int i = from; i < n; i++) {
            value = value * 10 + (d[i] - '0');
        }
        int at = Arrays.binarySearch(numbers, value << LENGTH_BITS | (n - from));
        return at >= 0 ? hosts[at] : null;
    }
}
