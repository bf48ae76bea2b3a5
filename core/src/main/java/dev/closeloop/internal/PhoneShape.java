package dev.closeloop.internal;

/**
 * Whether a run of digits has the shape of a phone number, in the manner of libphonenumber's
 * "possible" and "valid" levels: {@link #STRONG} shapes are phone numbers wherever they appear,
 * {@link #POSSIBLE} ones only next to a phone word or channel name.
 *
 * <p>Shapes that are not phones (each excluded by the rules below):
 * <ul>
 *   <li>order ids grouped with long blocks: Amazon {@code 112-1234567-1234567}, Ozon {@code 48291037-0015-1};
 *   <li>anything over 15 digits without {@code +}: 16–19-digit order and card numbers, 20–22-digit USPS tracking;
 *   <li>dates and versions under 9 digits: {@code 2024.03.15}, {@code 12/24-12/26};
 *   <li>NANP-looking numbers whose exchange starts with 0 or 1 ({@code 273-061-9485}).
 * </ul>
 */
enum PhoneShape {
    NONE, POSSIBLE, STRONG;

    /** The fewest digits a phone number has: fewer make every shape {@link #NONE}. */
    static final int MIN_DIGITS = 7;

    /**
     * @param d the digits
     * @param n how many digits
     * @param groups group lengths, as written
     * @param groupCount how many groups
     * @param plus written with a leading {@code +}
     * @param paren the area code was written in brackets
     * @return the shape
     */
    static PhoneShape of(char[] d, int n, int[] groups, int groupCount, boolean plus, boolean paren) {
        if (n < MIN_DIGITS || n > 15) {
            return NONE; // most numbers in a message (prices, sizes, dates, order ids) are told by their length alone
        }
        boolean spelled = groupCount >= n - 1; // one digit per group: read digit by digit, grouping says nothing
        if (n == 11 && chinaMobile(d, 0) || n == 13 && d[0] == '8' && d[1] == '6' && chinaMobile(d, 2)) {
            return STRONG; // a China mobile is one whatever way it is split: 158 93062745, 1 5 8…
        }
        if (!spelled && groupCount > 1) {
            for (int g = 0; g < groupCount; g++) {
                if (groups[g] > 6) {
                    return NONE; // 113-4829105-7736214, 48291037-0015-1: order ids, not phones
                }
            }
        }
        if (plus) {
            return n >= 8 && d[0] != '0' ? STRONG : NONE;
        }
        if (n >= 10 && d[0] == '0' && d[1] == '0' && d[2] != '0') {
            return STRONG; // 0086-159-…: international prefix
        }
        if (n == 11 && (d[0] == '8' || d[0] == '7') && d[1] == '9') {
            return STRONG; // Russia 8 9xx …
        }
        if (n == 10 && nanp(d, 0)) {
            return !spelled && (paren || groupsAre(groups, groupCount, 3, 3, 4)) ? STRONG : POSSIBLE;
        }
        if (n == 11 && d[0] == '1' && nanp(d, 1)) {
            return !spelled && groupsAre(groups, groupCount, 1, 3, 3, 4) ? STRONG : POSSIBLE;
        }
        if (d[0] == '0' && d[1] != '0' && n >= 9 && n <= 12) {
            // Area-code landlines (020-8765-4321) and local mobiles (0917 602 3381, 012-738 4409).
            return !spelled && groupCount >= 2 && groups[0] >= 2 && groups[0] <= 5 ? STRONG : POSSIBLE;
        }
        if (n >= 7 && n <= 12 && (spelled || groupCount >= 2)) {
            return POSSIBLE;
        }
        return NONE;
    }

    private static boolean chinaMobile(char[] d, int at) {
        return d[at] == '1' && d[at + 1] >= '3' && d[at + 1] <= '9';
    }

    private static boolean nanp(char[] d, int at) {
        return d[at] >= '2' && d[at + 3] >= '2';
    }

    private static boolean groupsAre(int[] groups, int count, int... expected) {
        if (count != expected.length) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (groups[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
