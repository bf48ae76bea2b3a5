package dev.closeloop.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads domain names in normalized text, including spelled-out dots ({@code glowhaven dot com},
 * {@code 163 点 com}, {@code t . me}), and knows the top-level domains, mail providers and channel
 * hosts from the bundled data files. Immutable and thread-safe.
 */
final class Domains {
    static final Domains INSTANCE = new Domains();
    static final int WEAK = 1;
    static final int GLUED = 2;
    static final int STRONG = 3;

    private final Set<String> providers = new HashSet<>();
    private final Map<String, String> channelHosts = new HashMap<>();
    private final WordTable tldTable;

    private Domains() {
        var rows = Resources.rows("tlds.tsv");
        tldTable = new WordTable(rows.size());
        for (String[] r : rows) {
            tldTable.put(r[0], switch (r[1]) {
                case "strong" -> STRONG;
                case "glued" -> GLUED;
                case "weak" -> WEAK;
                default -> throw new IllegalStateException("tlds.tsv: unknown class " + r[1]);
            });
        }
        for (String[] r : Resources.rows("mail-providers.tsv")) {
            providers.add(r[0]);
        }
        for (String[] r : Resources.rows("platform-hosts.tsv")) {
            channelHosts.put(r[0], r[1]);
        }
    }

    /** One domain found in a text; mutable scratch filled by {@link #read}. */
    static final class Match {
        int start;
        int end;
        int labels;
        boolean spelledDot;
        int tldClass;
        /** Index after the first label, to read "www" or a provider name. */
        int firstLabelEnd;
        final int[] labelStart = new int[16];
        final int[] labelEnd = new int[16];

        boolean strongTld() {
            return tldClass == STRONG;
        }

        String host(char[] c) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < labels; i++) {
                if (i > 0) {
                    sb.append('.');
                }
                sb.append(c, labelStart[i], labelEnd[i] - labelStart[i]);
            }
            return sb.toString();
        }

        boolean firstLabelIs(char[] c, String s) {
            return labelEnd[0] - labelStart[0] == s.length() && new String(c, labelStart[0], s.length()).equals(s);
        }
    }

    /**
     * Reads the longest domain starting at {@code p} whose last label is a known top-level domain.
     *
     * @return whether one was found; {@code out} holds it
     */
    boolean read(char[] c, int n, int p, Match out) {
        int labels = 0;
        int q = p;
        int bestLabels = 0;
        boolean spelled = false;
        boolean bestSpelled = false;
        int bestClass = 0;
        while (labels < out.labelStart.length) {
            int e = labelEnd(c, n, q);
            if (e == q) {
                break;
            }
            out.labelStart[labels] = q;
            out.labelEnd[labels] = e;
            labels++;
            if (labels >= 2) {
                int cls = tldTable.get(c, q, e);
                if (cls > 0) {
                    bestLabels = labels;
                    bestSpelled = spelled;
                    bestClass = cls;
                }
            }
            int next = dotEnd(c, n, e);
            if (next < 0) {
                break;
            }
            spelled |= next - e > 1;
            q = next;
        }
        if (bestLabels < 2) {
            return false;
        }
        out.start = p;
        out.labels = bestLabels;
        out.end = out.labelEnd[bestLabels - 1];
        out.spelledDot = bestSpelled;
        out.tldClass = bestClass;
        out.firstLabelEnd = out.labelEnd[0];
        return true;
    }

    /**
     * Whether a domain read through a dot and a space before {@code q} ({@code name. com}) could go on at {@code q}: a
     * label starts there that is a top-level domain or has another dot after it. At most sentence ends
     * ({@code … a new one. Thanks}) it cannot, and {@link #read} would find no domain through that dot.
     */
    boolean mayGoOnAt(char[] c, int n, int q) {
        if (q >= n || !isLabelStart(c[q])) {
            return false;
        }
        int e = labelEnd(c, n, q);
        return tldTable.get(c, q, e) > 0 || dotEnd(c, n, e) >= 0;
    }

    private static int labelEnd(char[] c, int n, int q) {
        int e = q;
        while (e < n && (Chars.isLatin(c[e]) || Chars.isDigit(c[e]) || (c[e] == '-' && e > q))) {
            e++;
        }
        while (e > q && c[e - 1] == '-') {
            e--;
        }
        return e;
    }

    /**
     * Reads a dot between labels at {@code e}: {@code .}, {@code  . }, {@code dot}, {@code [dot]},
     * {@code (dot)}, {@code 点}, {@code точка}, each with at most one space around.
     *
     * @return the index of the next label, or -1
     */
    static int dotEnd(char[] c, int n, int e) {
        if (e < n && c[e] == '.' && e + 1 < n && isLabelStart(c[e + 1])) {
            return e + 1;
        }
        int q = e;
        if (q < n && c[q] == ' ') {
            q++;
        }
        boolean bracket = q < n && (c[q] == '[' || c[q] == '(' || c[q] == '{');
        if (bracket) {
            q++;
        }
        int w = spelledDot(c, n, q);
        if (w < 0) {
            return -1;
        }
        q = w;
        if (bracket) {
            if (q < n && (c[q] == ']' || c[q] == ')' || c[q] == '}')) {
                q++;
            } else {
                return -1;
            }
        }
        if (q < n && c[q] == ' ') {
            q++;
        }
        return q < n && isLabelStart(c[q]) && q > e ? q : -1;
    }

    /** The end of a dot at {@code q}, written or spelled ({@code .}, {@code 点}, {@code dot}, {@code точка}), or -1. */
    static int spelledDot(char[] c, int n, int q) {
        if (q >= n) {
            return -1;
        }
        if (c[q] == '.') {
            return q + 1;
        }
        if (c[q] == '点' || c[q] == '點') {
            return q + 1;
        }
        if (matches(c, n, q, "dot") && (q + 3 >= n || !Chars.isLetter(c[q + 3])) && (q == 0 || !Chars.isLetter(c[q - 1]))) {
            return q + 3;
        }
        if (matches(c, n, q, "точка")) {
            return q + 5;
        }
        return -1;
    }

    static boolean matches(char[] c, int n, int q, String s) {
        if (q + s.length() > n) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (c[q + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabelStart(char ch) {
        return Chars.isLatin(ch) || Chars.isDigit(ch);
    }

    boolean isProvider(String label) {
        return providers.contains(label);
    }

    /** @return the channel a host leads to ({@code t.me} → telegram), or null */
    String channelOf(String host) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        String ch = channelHosts.get(h);
        if (ch == null) {
            int dot = h.indexOf('.');
            if (dot > 0 && h.indexOf('.', dot + 1) > 0) {
                ch = channelHosts.get(h.substring(dot + 1));
            }
        }
        return ch;
    }
}
