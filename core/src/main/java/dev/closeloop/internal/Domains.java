package dev.closeloop.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads domain names in normalized text, including spelled-out dots ({@code glowhaven dot com},
 * {@code 163 点 com}, {@code t . me}), and knows the top-level domains, mail providers and channel
 * hosts from the bundled data files. The domain of an e-mail address is also read with its provider
 * and top-level domain written in Russian letters ({@code яндекс точка ру}) or a space for its dot
 * ({@code gmail com}). Immutable and thread-safe.
 */
final class Domains {
    static final Domains INSTANCE = new Domains();
    static final int WEAK = 1;
    static final int GLUED = 2;
    static final int STRONG = 3;
    /** The data file of Russian spellings of mail providers and top-level domains; its header describes it. */
    static final String SPELLINGS = "domain-spellings.tsv";
    /** The lengths of the dots {@link #spelledDot} reads other than {@code .}: {@code 点}, {@code dot}, {@code точка}. */
    private static final int[] SPELLED_DOT_LENGTHS = {1, 3, 5};

    private final Set<String> providers = new HashSet<>();
    private final Map<String, String> channelHosts = new HashMap<>();
    private final WordTable tldTable;
    /** Russian spellings of labels (see {@value #SPELLINGS}), each to its index in {@link #spelledLabels}. */
    private final WordTable spellings;
    private final String[] spelledLabels;
    private final char[][] spelledLabelChars;

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
        var spelled = Resources.rows(SPELLINGS);
        spellings = new WordTable(spelled.size());
        spelledLabels = new String[spelled.size()];
        spelledLabelChars = new char[spelled.size()][];
        for (int i = 0; i < spelled.size(); i++) {
            spellings.put(spelled.get(i)[0], i);
            spelledLabels[i] = spelled.get(i)[1];
            spelledLabelChars[i] = spelledLabels[i].toCharArray();
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
        /** Per label, the Latin label a Russian spelling stands for, or null for one written as it reads. */
        final String[] spelledAs = new String[16];

        boolean strongTld() {
            return tldClass == STRONG;
        }

        /** @return label {@code i} as it reads in a host name: {@code yandex} for {@code яндекс} */
        String label(char[] c, int i) {
            return spelledAs[i] != null ? spelledAs[i] : new String(c, labelStart[i], labelEnd[i] - labelStart[i]);
        }

        String host(char[] c) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < labels; i++) {
                if (i > 0) {
                    sb.append('.');
                }
                sb.append(label(c, i));
            }
            return sb.toString();
        }

        /** Whether a label of the domain is written in Russian letters ({@code яндекс}, {@code ру}). */
        boolean russian() {
            for (int i = 0; i < labels; i++) {
                if (spelledAs[i] != null) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a space stands for the dot after the first label ({@code gmail com}). */
        boolean spacedDot(char[] c) {
            return labels > 1 && labelStart[1] == labelEnd[0] + 1 && c[labelEnd[0]] == ' ';
        }

        /** Whether the domain is a mail provider's name alone, without a top-level domain ({@code lily0909@qq}). */
        boolean providerOnly() {
            return labels == 1;
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
        return read(c, n, p, out, false);
    }

    /**
     * {@link #read} for the domain after an e-mail address's @, where a label may also be a Russian spelling of a mail
     * provider or top-level domain ({@code яндекс точка ру}, see {@value #SPELLINGS}) and a space may stand for the dot
     * between a mail provider and a strong top-level domain ({@code gmail com}, {@code мэйл ру}).
     */
    boolean readMailDomain(char[] c, int n, int p, Match out) {
        return read(c, n, p, out, true);
    }

    private boolean read(char[] c, int n, int p, Match out, boolean mail) {
        int labels = 0;
        int q = p;
        int bestLabels = 0;
        boolean spelled = false;
        boolean bestSpelled = false;
        int bestClass = 0;
        while (labels < out.labelStart.length) {
            int e = mail ? mailLabelEnd(c, n, q) : labelEnd(c, n, q);
            int spelling = mail && e > q ? spellings.get(c, q, e) : -1;
            if (e == q || spelling < 0 && !isLabelStart(c[q])) {
                break; // a word of Russian letters is a label only as a spelling of one
            }
            out.labelStart[labels] = q;
            out.labelEnd[labels] = e;
            out.spelledAs[labels] = spelling >= 0 ? spelledLabels[spelling] : null;
            labels++;
            if (labels >= 2) {
                int cls = tldClass(c, q, e, spelling);
                if (cls > 0) {
                    bestLabels = labels;
                    bestSpelled = spelled;
                    bestClass = cls;
                }
            }
            int next = dotEnd(c, n, e, mail);
            if (next < 0 && mail && labels == 1 && separatedTld(c, n, e) && isProvider(out.label(c, 0))) {
                next = e + 1;
                spelled = true; // a space or a comma for a dot is as spelled as a dot written out
            }
            if (next < 0) {
                break;
            }
            spelled |= next - e > 1;
            q = next;
        }
        if (bestLabels < 2) {
            if (!mail || labels == 0 || !isProvider(out.label(c, 0))) {
                return false;
            }
            bestLabels = 1; // a mail provider without its top-level domain (lily0909@qq, john_smith at outlook)
            bestSpelled = false;
            bestClass = 0;
        }
        out.start = p;
        out.labels = bestLabels;
        out.end = out.labelEnd[bestLabels - 1];
        out.spelledDot = bestSpelled;
        out.tldClass = bestClass;
        out.firstLabelEnd = out.labelEnd[0];
        return true;
    }

    /** The top-level-domain class of the label {@code c[q, e)}, read as the label it spells when {@code spelling} is one. */
    private int tldClass(char[] c, int q, int e, int spelling) {
        if (spelling < 0) {
            return tldTable.get(c, q, e);
        }
        char[] label = spelledLabelChars[spelling];
        return tldTable.get(label, 0, label.length);
    }

    /**
     * Whether a space or a comma at {@code e} is followed by a strong top-level domain, written or spelled, that ends a
     * word ({@code gmail com}, {@code gmail,com}).
     */
    private boolean separatedTld(char[] c, int n, int e) {
        int q = e + 1;
        if (e >= n || c[e] != ' ' && c[e] != ',' || q >= n) {
            return false;
        }
        int end = mailLabelEnd(c, n, q);
        if (end == q || end < n && Chars.isWordChar(c[end])) {
            return false;
        }
        int spelling = spellings.get(c, q, end);
        return (spelling >= 0 || isLabelStart(c[q])) && tldClass(c, q, end, spelling) == STRONG;
    }

    /** Whether the label {@code c[q, e)} is a strong top-level domain ({@code com}, {@code ru}), as written. */
    boolean isStrongTld(char[] c, int q, int e) {
        return tldTable.get(c, q, e) == STRONG;
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
        return tldTable.get(c, q, e) > 0 || dotEnd(c, n, e, false) >= 0;
    }

    /** Where a label of an e-mail address's domain ends: a word of Russian letters, or a label as {@link #labelEnd} reads it. */
    private static int mailLabelEnd(char[] c, int n, int q) {
        if (q >= n || !Chars.isCyrillic(c[q])) {
            return labelEnd(c, n, q);
        }
        int e = q;
        while (e < n && Chars.isCyrillic(c[e])) {
            e++;
        }
        return e;
    }

    /** Where a label of Latin letters, digits and inner dashes starting at {@code q} ends; {@code q} when none starts there. */
    static int labelEnd(char[] c, int n, int q) {
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
     * {@code (dot)}, {@code 点}, {@code точка}, each with at most one space around. In an e-mail address's domain
     * ({@code mail}) the next label may start with a Russian letter.
     *
     * @return the index of the next label, or -1
     */
    private static int dotEnd(char[] c, int n, int e, boolean mail) {
        if (e < n && c[e] == '.' && e + 1 < n && isLabelStart(c[e + 1], mail)) {
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
        return q < n && isLabelStart(c[q], mail) && q > e ? q : -1;
    }

    /**
     * The start of a dot spelled as a word or a Hanzi ({@code 点}, {@code dot}, {@code точка}: what {@link #spelledDot}
     * reads other than {@code .}) that ends at {@code q}; a word must stand apart from the letters before it.
     *
     * @return the start, or -1
     */
    static int spelledDotBefore(char[] c, int q) {
        for (int len : SPELLED_DOT_LENGTHS) {
            int s = q - len;
            if (s >= 0 && c[s] != '.' && spelledDot(c, q, s) == q && (len == 1 || s == 0 || !Chars.isLetter(c[s - 1]))) {
                return s;
            }
        }
        return -1;
    }

    /** The end of a dot at {@code q}, written or spelled ({@code .}, {@code 点}, {@code dot}, {@code точка}), or -1. */
    static int spelledDot(char[] c, int n, int q) {
        if (q >= n) {
            return -1;
        }
        if (c[q] == '.') {
            return q + 1;
        }
        if (c[q] == '点') {
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

    private static boolean isLabelStart(char ch, boolean mail) {
        return isLabelStart(ch) || mail && Chars.isCyrillic(ch);
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
