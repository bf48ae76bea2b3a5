package dev.closeloop.internal;

/**
 * Finds e-mail addresses, links and bare domains in normalized text, with spelled-out symbols:
 * {@code name [at] outlook [dot] com}, {@code name 艾特 163 点 com}, {@code name (собака) yandex.ru},
 * {@code name # 163.com}, {@code glowhaven dot com}, {@code w w w . shop . c o m}, {@code t . me/shop}.
 * Mutable scratch, one per detector call.
 */
final class AddressScanner {
    enum Kind { EMAIL, URL }

    private static final int MAY_BE_AT = 1;
    private static final int WORD = 2;
    /** For ASCII chars: whether an @ sign or its spelled form may start there, whether a domain label may. */
    private static final byte[] ASCII_CLASS = new byte[128];

    static {
        for (char ch : "@#[({<a".toCharArray()) {
            ASCII_CLASS[ch] |= MAY_BE_AT;
        }
        for (char ch = 0; ch < 128; ch++) {
            if (Chars.isLatin(ch) || Chars.isDigit(ch)) {
                ASCII_CLASS[ch] |= WORD;
            }
        }
    }

    private final Domains domains = Domains.INSTANCE;
    private final Domains.Match match = new Domains.Match();

    Kind kind;
    int start;
    int end;
    String host;
    /** The @ was written as a word or a look-alike sign rather than {@code @}. */
    boolean spelledAt;

    /**
     * Finds the next address at or after {@code from}.
     *
     * @return the index to continue from, or -1 when there is none; on a find, the fields describe it
     */
    int next(char[] c, int n, int from) {
        for (int i = from; i < n; ) {
            int cls;
            while ((cls = classOf(c[i])) == 0) {
                if (++i == n) {
                    return -1;
                }
            }
            if ((cls & MAY_BE_AT) != 0 && emailAt(c, n, i)) {
                return end;
            }
            if ((cls & WORD) != 0) {
                if (isDomainStart(c, i)) {
                    int e = i;
                    while (e < n && (Chars.isLatin(c[e]) || Chars.isDigit(c[e]) || c[e] == '-')) {
                        e++;
                    }
                    if (mayContinueDomain(c, n, e) && url(c, n, i)) {
                        return end;
                    }
                    i = Math.max(e, i + 1); // no address starts inside a word
                    continue;
                }
                // The rest of a word that follows a dot, dash or slash (2.4ghz, 2024-08817): no domain starts before
                // it ends, only a spelled "at" may start an e-mail address.
                for (i++; i < n && (Chars.isLatin(c[i]) || Chars.isDigit(c[i])); i++) {
                    if (c[i] == 'a' && emailAt(c, n, i)) {
                        return end;
                    }
                }
                continue;
            }
            i++;
        }
        return -1;
    }

    private static int classOf(char ch) {
        return ch < 128 ? ASCII_CLASS[ch] : ch == '艾' || ch == '圈' || ch == 'с' ? MAY_BE_AT : 0;
    }

    /** Whether a dot, a spelled dot or a scheme may follow a word ending at {@code e}; most words fail this at once. */
    private static boolean mayContinueDomain(char[] c, int n, int e) {
        if (e >= n) {
            return false;
        }
        char x = c[e];
        if (x == ' ' && e + 1 < n) {
            x = c[e + 1];
            return x == '.' || x == 'd' || x == '[' || x == '(' || x == '{' || x == '点' || x == '點' || x == 'т';
        }
        return x == '.' || x == '[' || x == '(' || x == '{' || x == '点' || x == '點' || x == ':' && e + 1 < n && c[e + 1] == '/';
    }

    /** Whether an @ sign or a spelled one starts at {@code i} and an e-mail address is written around it; the fields describe it. */
    private boolean emailAt(char[] c, int n, int i) {
        int atEnd = atMarkerEnd(c, n, i);
        return atEnd > 0 && email(c, n, i, atEnd);
    }

    /** The end of an @ sign or its spelled forms starting at {@code i}, a char of class {@link #MAY_BE_AT}; or -1. */
    private int atMarkerEnd(char[] c, int n, int i) {
        char ch = c[i];
        if (ch == '@' || ch == '#') {
            spelledAt = ch == '#';
            return i + 1;
        }
        boolean bracket = ch == '[' || ch == '(' || ch == '{' || ch == '<';
        int q = bracket ? i + 1 : i;
        if (q >= n) {
            return -1;
        }
        // each spelled form has its own first char, so one compare picks the one form to check
        int w = switch (c[q]) {
            case 'a' -> Domains.matches(c, n, q, "at") && (q + 2 >= n || !Chars.isLetter(c[q + 2]))
                    && (q == 0 || !Chars.isLetter(c[q - 1])) ? q + 2 : -1;
            case '艾' -> Domains.matches(c, n, q, "艾特") ? q + 2 : -1;
            case '圈' -> Domains.matches(c, n, q, "圈a") ? q + 2 : -1;
            case 'с' -> Domains.matches(c, n, q, "собака") ? q + 6 : -1;
            default -> -1;
        };
        if (w < 0) {
            return -1;
        }
        if (bracket) {
            if (w < n && (c[w] == ']' || c[w] == ')' || c[w] == '}' || c[w] == '>')) {
                w++;
            } else {
                return -1;
            }
        }
        spelledAt = true;
        return w;
    }

    private boolean email(char[] c, int n, int at, int atEnd) {
        if (c[at] == '@' && at > 0 && c[at - 1] == ' ' && atEnd < n && c[atEnd] != ' ') {
            return false; // "Instagram @my.brand.store": a handle, not an address
        }
        int l = at;
        if (l > 0 && c[l - 1] == ' ') {
            l--;
        }
        int localEnd = l;
        while (l > 0 && localEnd - l < 64 && (Chars.isLatin(c[l - 1]) || Chars.isDigit(c[l - 1]) || c[l - 1] == '.' || c[l - 1] == '_'
                || c[l - 1] == '-' || c[l - 1] == '+')) {
            l--;
        }
        while (l < localEnd && !(Chars.isLatin(c[l]) || Chars.isDigit(c[l]))) {
            l++;
        }
        if (l >= localEnd || c[localEnd - 1] == '.') {
            return false;
        }
        int d = atEnd;
        if (d < n && c[d] == ' ') {
            d++;
        }
        if (!domains.read(c, n, d, match)) {
            return false;
        }
        boolean provider = domains.isProvider(new String(c, match.labelStart[0], match.labelEnd[0] - match.labelStart[0]));
        if (spelledAt || match.spelledDot) {
            boolean idLike = false;
            for (int k = l; k < localEnd; k++) {
                idLike |= Chars.isDigit(c[k]) || c[k] == '_' || c[k] == '.';
            }
            boolean bracketed = c[at] == '[' || c[at] == '(' || c[at] == '{' || c[at] == '<';
            if (!match.strongTld() && !provider) {
                return false;
            }
            if (!(provider || idLike || bracketed || c[at] == '@')) {
                return false;
            }
        }
        kind = Kind.EMAIL;
        start = l;
        end = match.end;
        host = match.host(c);
        return true;
    }

    private boolean url(char[] c, int n, int i) {
        int p = i;
        boolean scheme = false;
        if (Domains.matches(c, n, i, "http") || Domains.matches(c, n, i, "hxxp")) {
            int q = i + 4;
            if (q < n && c[q] == 's') {
                q++;
            }
            if (Domains.matches(c, n, q, "://")) {
                p = q + 3;
                scheme = true;
            }
        }
        if (!domains.read(c, n, p, match)) {
            return false;
        }
        int e = match.end;
        boolean path = e < n && c[e] == '/';
        if (match.labels == 2 && match.labelEnd[0] - match.labelStart[0] == 1 && !path && !scheme) {
            return false; // e.g. "a.co": one letter before a TLD is a typo or an initial, not a site
        }
        if (startsAt(c, n, e < n && c[e] == ' ' ? e + 1 : e)) {
            return false; // the local part of an e-mail address, read when the scan reaches its @
        }
        String h = match.host(c);
        boolean www = match.firstLabelIs(c, "www");
        boolean channelHost = domains.channelOf(h) != null;
        boolean accept;
        if (scheme || www || channelHost) {
            accept = true;
        } else if (match.spelledDot) {
            accept = match.strongTld() && hasLetterLabel(c);
        } else {
            boolean gluedName = match.tldClass == Domains.GLUED && match.labelEnd[0] - match.labelStart[0] >= 5;
            accept = (match.strongTld() || gluedName || path) && hasLetterLabel(c);
        }
        if (!accept) {
            return false;
        }
        if (path) {
            e++;
            while (e < n && isPathChar(c[e])) {
                e++;
            }
            while (e > match.end && ".,;:!?)'\"".indexOf(c[e - 1]) >= 0) {
                e--;
            }
        }
        kind = Kind.URL;
        start = i;
        end = e;
        host = www ? h.substring(4) : h;
        spelledAt = false;
        return true;
    }

    private static boolean startsAt(char[] c, int n, int q) {
        return q < n && (c[q] == '@' || c[q] == '#' || Domains.matches(c, n, q, "[at]") || Domains.matches(c, n, q, "(at)")
                || Domains.matches(c, n, q, "艾特") || Domains.matches(c, n, q, "(собака)"));
    }

    private boolean hasLetterLabel(char[] c) {
        for (int k = match.labelStart[0]; k < match.labelEnd[0]; k++) {
            if (Chars.isLatin(c[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDomainStart(char[] c, int i) {
        if (i == 0) {
            return true;
        }
        char p = c[i - 1];
        return !(Chars.isLatin(p) || Chars.isDigit(p) || p == '@' || p == '.' || p == '-' || p == '_' || p == '/' || p == '#');
    }

    private static boolean isPathChar(char ch) {
        return Chars.isLatin(ch) || Chars.isDigit(ch) || "-._~:/?#[]@!$&'*+,;=%".indexOf(ch) >= 0;
    }
}
