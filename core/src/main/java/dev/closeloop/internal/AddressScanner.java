package dev.closeloop.internal;

/**
 * Finds e-mail addresses, links and bare domains in normalized text, with spelled-out symbols:
 * {@code name [at] outlook [dot] com}, {@code name 艾特 163 点 com}, {@code name (собака) yandex.ru},
 * {@code name # 163.com}, {@code glowhaven dot com}, {@code w w w . shop . c o m}, {@code t . me/shop};
 * an e-mail address's domain also in Russian letters or with a space for its dot ({@code name собака
 * яндекс точка ру}, {@code name@мейл.ру}, {@code name собака gmail ком}). Mutable scratch, one per
 * detector call.
 */
final class AddressScanner {
    enum Kind { EMAIL, URL }

    /*
     * Per char, what an anchor there needs of the char before it (low bits) and what the char offers to the
     * char after it (the same bits, shifted up). The chars whose low bits are set are where an anchor may
     * stand; the scan reads the char before only there.
     */
    private static final int ANY = 1;
    private static final int NON_LETTER = 2;
    private static final int SPACE = 4;
    private static final int NON_CYRILLIC = 8;
    private static final int OFFERS = 4;
    /** The low bits: a char that needs nothing of the char before it is never an anchor. */
    private static final int NEEDS = (1 << OFFERS) - 1;
    private static final byte[] ANCHOR = new byte[65536];
    /** The signs and Hanzi that may anchor whatever stands before them; above {@link Chars#LAST_CLASSED}, no other char may. */
    static final String ANCHOR_SIGNS = "@#[({<.:点艾圈";

    static {
        // above the last letter every char offers the same: not a letter, not Cyrillic, not a space
        java.util.Arrays.fill(ANCHOR, (byte) ((ANY | NON_LETTER | NON_CYRILLIC) << OFFERS));
        for (int ch = 0; ch <= Chars.LAST_CLASSED; ch++) {
            int offers = ANY | (Chars.isLetter((char) ch) ? 0 : NON_LETTER) | (ch == ' ' ? SPACE : 0)
                    | (Chars.isCyrillic((char) ch) ? 0 : NON_CYRILLIC);
            ANCHOR[ch] = (byte) (offers << OFFERS);
        }
        for (char ch : ANCHOR_SIGNS.toCharArray()) {
            ANCHOR[ch] |= ANY;
        }
        ANCHOR['a'] |= NON_LETTER; // "at" is a spelled @ only as a word of its own
        ANCHOR['с'] |= NON_CYRILLIC; // собака: the local part before it is Latin
        ANCHOR['d'] |= SPACE; // "dot" and "точка" are spelled dots only after a space
        ANCHOR['т'] |= SPACE;
    }

    private final Domains domains = Domains.INSTANCE;
    private final Domains.Match match = new Domains.Match();

    Kind kind;
    int start;
    int end;
    String host;
    /** The @ was written as a word or a look-alike sign rather than {@code @}. */
    boolean spelledAt;
    /** The e-mail address's domain is written, in part, in Russian letters ({@code яндекс точка ру}). */
    boolean russianDomain;
    private int[] anchors;
    /** How many {@link #anchors} the text has; -1 when they were not noted, and every char is read. */
    private int anchorCount;
    /** The first of the {@link #anchors} {@link #next} has not passed. */
    private int anchor;

    /**
     * Whether an anchor may stand at a char: a sign or Hanzi an address cannot do without ({@code . @ ( 点}), or
     * the first letter of a spelled sign ({@code at}, {@code dot}, {@code собака}, {@code точка}), depending on the
     * char before it. Pass two of normalization notes these chars.
     */
    static boolean mayAnchor(char ch) {
        return (ANCHOR[ch] & NEEDS) != 0;
    }

    /**
     * Whether the word of letters {@code c[from, to)}, whose first letter {@link #mayAnchor may anchor}, is a spelled
     * sign the scan reads there: an @ or a dot spelled as a word, told by the same tests the scan makes, each kept
     * within the word. An anchor at any other word finds nothing, so pass two need not note it: {@code a},
     * {@code and}, {@code delivery} are common words.
     */
    static boolean spellsSign(char[] c, int from, int to) {
        return spelledAtEnd(c, to, from) >= 0 || Domains.spelledDot(c, to, from) >= 0;
    }

    /**
     * Whether a name stands right before {@code p}, or before a space there: a Latin letter, a digit or one of
     * {@code . _ - +}. Without one {@link #next} finds nothing at an anchor at {@code p}: a domain starts with a
     * name before its dot, an e-mail address has its local part before its @. Pass two notes only the anchors
     * with a name before them; most dots of a Chinese text ({@code 。}) have none.
     */
    static boolean hasNameBefore(char[] c, int p) {
        if (p == 0) {
            return false;
        }
        char b = c[p - 1];
        if (b == ' ' && p > 1) {
            b = c[p - 2];
        }
        return Chars.isLatin(b) || Chars.isDigit(b) || b == '.' || b == '_' || b == '-' || b == '+';
    }

    /** Readies the scanner for a text: it reads the anchors pass two noted, or every char when it noted none. */
    void reset(NormalizedText text) {
        anchors = text.anchors;
        anchorCount = text.anchorCount;
        anchor = 0;
    }

    /**
     * Finds the next address at or after {@code from}; calls for one text after {@link #reset} go forward
     * through it. The scan stops only at anchors, chars an address cannot do without (a dot or a spelled
     * dot, an @ or a spelled @), and looks back from a dot for the word a domain would start with: most words
     * are read once, by the look-back of the dot after them.
     *
     * @return the index to continue from, or -1 when there is none; on a find, the fields describe it
     */
    int next(char[] c, int n, int from) {
        for (int p = candidate(c, n, from); p >= 0; p = candidate(c, n, p + 1)) {
            int offered = p == 0 ? 0xff : (ANCHOR[c[p - 1]] & 0xff) >> OFFERS;
            if ((ANCHOR[c[p]] & offered) == 0) {
                continue;
            }
            if (c[p] == '.' && p + 1 < n && c[p + 1] == ' ' && !domains.mayGoOnAt(c, n, p + 2)) {
                continue; // a sentence's end: no domain reads through this dot, and no e-mail address anchors on a dot
            }
            // a domain starts before its dot, so it comes first; then the anchor itself may be a spelled @: "name (at) ..."
            int w = domainStartBefore(c, n, p);
            if (w >= from && url(c, n, w)) {
                return end;
            }
            if (c[p] != '.' && c[p] != ':' && c[p] != 'd' && emailAt(c, n, p)) {
                return end;
            }
        }
        return -1;
    }

    /** The first char at or after {@code from} where an anchor may stand, or -1. */
    private int candidate(char[] c, int n, int from) {
        if (anchorCount < 0) {
            for (int p = from; p < n; p++) {
                if (mayAnchor(c[p])) {
                    return p;
                }
            }
            return -1;
        }
        while (anchor < anchorCount && anchors[anchor] < from) {
            anchor++;
        }
        return anchor < anchorCount ? anchors[anchor] : -1;
    }

    /**
     * Where a domain would start whose first dot, or a space and a spelled dot, is at {@code p}: a word of
     * letters, digits and dashes right before it, not itself part of a longer name, an address or a path.
     *
     * @return the start, or -1
     */
    private static int domainStartBefore(char[] c, int n, int p) {
        char x = c[p];
        int e;
        if (p > 0 && isRunChar(c[p - 1]) && (x == '.' || x == '[' || x == '(' || x == '{' || x == '点'
                || x == ':' && p + 1 < n && c[p + 1] == '/')) {
            e = p;
        } else if (p > 1 && c[p - 1] == ' ' && isRunChar(c[p - 2]) && (x == '.' || x == 'd' || x == '[' || x == '('
                || x == '{' || x == '点' || x == 'т')) {
            e = p - 1;
        } else {
            return -1;
        }
        int w = e;
        while (w > 0 && isRunChar(c[w - 1])) {
            w--;
        }
        return (Chars.isLatin(c[w]) || Chars.isDigit(c[w])) && isDomainStart(c, w) ? w : -1;
    }

    /** A char of the word a domain starts with: letters, digits and dashes. */
    private static boolean isRunChar(char ch) {
        return Chars.isLatin(ch) || Chars.isDigit(ch) || ch == '-';
    }

    /** Whether an @ sign or a spelled one starts at {@code i} and an e-mail address is written around it; the fields describe it. */
    private boolean emailAt(char[] c, int n, int i) {
        int atEnd = atMarkerEnd(c, n, i);
        return atEnd > 0 && email(c, n, i, atEnd);
    }

    /** The end of an @ sign or its spelled forms starting at {@code i}; or -1. */
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
        int w = spelledAtEnd(c, n, q);
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

    /** The end of an @ spelled as a word starting at {@code q} ({@code at}, {@code 艾特}, {@code 圈a}, {@code собака}), or -1. */
    private static int spelledAtEnd(char[] c, int n, int q) {
        // each spelled form has its own first char, so one compare picks the one form to check
        return switch (c[q]) {
            case 'a' -> Domains.matches(c, n, q, "at") && (q + 2 >= n || !Chars.isLetter(c[q + 2]))
                    && (q == 0 || !Chars.isLetter(c[q - 1])) ? q + 2 : -1;
            case '艾' -> Domains.matches(c, n, q, "艾特") ? q + 2 : -1;
            case '圈' -> Domains.matches(c, n, q, "圈a") ? q + 2 : -1;
            case 'с' -> Domains.matches(c, n, q, "собака") ? q + 6 : -1;
            default -> -1;
        };
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
        if (!domains.readMailDomain(c, n, d, match)) {
            return false;
        }
        boolean provider = domains.isProvider(match.label(c, 0));
        int from = startThroughSpelledDots(c, l);
        if (spelledAt || match.spelledDot) {
            boolean idLike = from < l; // john dot smith at gmail: a dot spelled inside the name
            boolean letter = false;
            for (int k = l; k < localEnd; k++) {
                idLike |= Chars.isDigit(c[k]) || c[k] == '_' || c[k] == '.';
                letter |= Chars.isLatin(c[k]);
            }
            boolean bracketed = c[at] == '[' || c[at] == '(' || c[at] == '{' || c[at] == '<';
            if (!match.strongTld() && !provider) {
                return false;
            }
            if (!(provider || idLike || bracketed || c[at] == '@')) {
                return false;
            }
            if ((match.spacedDot(c) || match.providerOnly()) && c[at] == 'a' && !(idLike && letter)) {
                // "look at mail ru", "look at outlook", "12 at 126": the word at before a provider and no dot or no
                // top-level domain needs an id-like name
                return false;
            }
        }
        kind = Kind.EMAIL;
        start = from;
        end = match.end;
        host = match.host(c);
        russianDomain = match.russian();
        return true;
    }

    /**
     * Where the local part that starts at {@code l} starts with the words joined to it by spelled dots before it
     * ({@code ivan dot petrov}, {@code ivan точка petrov}, {@code ivan点petrov}): the address's span takes them in.
     */
    private static int startThroughSpelledDots(char[] c, int l) {
        for (;;) {
            int q = l > 0 && c[l - 1] == ' ' ? l - 1 : l;
            int dot = Domains.spelledDotBefore(c, q);
            if (dot < 0) {
                return l;
            }
            int w = dot > 0 && c[dot - 1] == ' ' ? dot - 1 : dot;
            int s = w;
            while (s > 0 && (Chars.isLatin(c[s - 1]) || Chars.isDigit(c[s - 1]))) {
                s--;
            }
            if (s == w || s > 0 && Chars.isLetter(c[s - 1])) {
                return l;
            }
            l = s;
        }
    }

    /**
     * Reads again the link this scanner found at {@code start} of the text it scanned, for the host its finding names:
     * the intent detector puts it on a promotion that points there, so the policy can tell the platform's own pages.
     *
     * @return the host, or null when no link starts there
     */
    String linkHostAt(char[] c, int n, int start) {
        if (url(c, n, start) || spacedLink(c, n, start, Math.min(n, start + 3))) {
            return host; // a link, or one with spaces after www
        }
        int w = Domains.labelEnd(c, n, start); // or a name with spaces before dotcom
        return w + 1 < n && c[w] == ' ' && spacedLink(c, n, w + 1, Domains.labelEnd(c, n, w + 1)) ? host : null;
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
        russianDomain = false;
        return true;
    }

    /**
     * Reads a link written with spaces for its dots around the {@link TermKind#SPACED_ADDRESS} word {@code c[from, to)}:
     * after {@code www}, up to three labels and a strong top-level domain too short to be a word ({@code com}, {@code ru},
     * not {@code shop}), each after a space or a dot ({@code www glowhaven com}); before {@code dotcom} and its kin, the
     * name, when no word follows ({@code glowhaven dotcom}, not {@code the dotcom bubble}). No dot anchors these, so
     * {@link #next} does not find them. On a find the fields describe the link.
     */
    boolean spacedLink(char[] c, int n, int from, int to) {
        int s;
        int e;
        String h;
        if (Domains.matches(c, n, from, "www") && to == from + 3) {
            int q = to;
            StringBuilder host = new StringBuilder();
            e = -1;
            for (int labels = 0; labels < 4 && q + 1 < n && (c[q] == ' ' || c[q] == '.'); labels++) {
                int end = Domains.labelEnd(c, n, q + 1);
                if (end == q + 1 || end < n && Chars.isWordChar(c[end])) {
                    break;
                }
                if (labels > 0 && end - q - 1 <= 3 && domains.isStrongTld(c, q + 1, end)) {
                    e = end;
                    host.append('.').append(c, q + 1, end - q - 1);
                    break;
                }
                host.append(labels > 0 ? "." : "").append(c, q + 1, end - q - 1);
                q = end;
            }
            if (e < 0) {
                return false;
            }
            s = from;
            h = host.toString();
        } else if (Domains.matches(c, n, from, "dot") && domains.isStrongTld(c, from + 3, to)) {
            int tld = from + 3;
            int w = from > 1 && c[from - 1] == ' ' ? from - 1 : -1;
            int b = w;
            while (b > 0 && isRunChar(c[b - 1])) {
                b--;
            }
            boolean wordAfter = to < n && (Chars.isWordChar(c[to]) || c[to] == ' ' && to + 1 < n && Chars.isLatin(c[to + 1]));
            if (w <= b || !isDomainStart(c, b) || !Chars.isLatin(c[b]) || wordAfter) {
                return false; // "the dotcom bubble": an adjective
            }
            s = b;
            e = to;
            h = new String(c, b, w - b) + "." + new String(c, tld, to - tld);
        } else {
            return false;
        }
        if (startsAt(c, n, e < n && c[e] == ' ' ? e + 1 : e)) {
            return false; // an e-mail address's local part
        }
        kind = Kind.URL;
        start = s;
        end = e;
        host = h;
        spelledAt = false;
        russianDomain = false;
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
