package dev.closeloop.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads the account id that follows a channel name: {@code 微信：lily_0909}, {@code wx lily0909},
 * {@code WhatsApp +86 152 4038 7716}, {@code 扣扣 2730619485}, {@code TG：@yiwu_mason}, {@code 企鹅号 3 1 5 8…}.
 *
 * <p>An id is at least four chars of letters, digits, {@code _ . -}, and looks made up: it holds a
 * digit, an underscore, a dot or a dash, or was introduced by a colon or {@code @}. Plain words
 * ("wechat for quick price") are not ids.
 */
final class IdReader {
    private static final String[] FILLERS = {"id", "is", "号码", "号", "账号", "帐号", "是", "number", "no", "me", "我", "搜",
            "at", "on", "here", "the", "account", "my", "ник", "мой", "live:",
            "详聊", "细聊", "聊", "上", "联系"};

    /** The fillers by first char: {@link #FIRST} sorted, {@link #BY_FIRST} the fillers starting with each. */
    private static final char[] FIRST;
    private static final String[][] BY_FIRST;

    static {
        TreeMap<Character, List<String>> groups = new TreeMap<>();
        for (String f : FILLERS) {
            groups.computeIfAbsent(f.charAt(0), k -> new ArrayList<>()).add(f);
        }
        FIRST = new char[groups.size()];
        BY_FIRST = new String[groups.size()][];
        int i = 0;
        for (var e : groups.entrySet()) {
            FIRST[i] = e.getKey();
            BY_FIRST[i++] = e.getValue().toArray(new String[0]);
        }
    }

    /**
     * The words of owning that may join an id to the channel name after it, longest first where one ends another:
     * {@code lily0909 是我的微信}, {@code lily_0909 is my WeChat}, {@code glowhaven_ru — мой телеграм}.
     */
    private static final String[] OWNERS = {"就是我的", "是我的", "是我", "是", "is my", "is our", "это мой", "это наш", "мой", "наш"};

    /** How many digits a number id needs when nothing introduces it. */
    private static final int DIGITS = 5;
    /** How many digits a number id after a weak channel word needs when nothing introduces it: a phone's. */
    private static final int WEAK_DIGITS = 8;
    /** How many digits a number after a comma needs to be an id when nothing introduces it. */
    private static final int COMMA_DIGITS = 8;

    private IdReader() {}

    /**
     * Reads an id written before its channel's name and joined to it by a word of owning ({@link #OWNERS}). The id
     * is read as {@link #read} reads one with nothing introducing it, so a word needs a digit, an underscore, a dot
     * or a dash, and a number five digits: "This is my WeChat" has none.
     *
     * @param c normalized text
     * @param n its length
     * @param nameStart where the channel's name starts
     * @return the id's {@link Span}, or {@link Span#NONE}
     */
    static long readBefore(char[] c, int n, int nameStart) {
        int k = nameStart;
        while (k > 0 && c[k - 1] == ' ') {
            k--;
        }
        int owner = -1;
        for (String o : OWNERS) {
            int at = k - o.length();
            if (at >= 0 && Domains.matches(c, n, at, o) && (!Chars.isLetter(o.charAt(0)) || at == 0 || !Chars.isLetter(c[at - 1]))) {
                owner = at;
                break;
            }
        }
        if (owner < 0) {
            return Span.NONE;
        }
        int e = owner;
        while (e > 0 && (c[e - 1] == ' ' || c[e - 1] == '-' || c[e - 1] == ':')) {
            e--;
        }
        int start = e;
        while (start > 0 && Chars.isIdChar(c[start - 1])) {
            start--;
        }
        if (start == e || start > 0 && Chars.isLetter(c[start - 1])) {
            return Span.NONE;
        }
        long id = read(c, n, start, 0, false);
        return id != Span.NONE && Span.end(id) == e ? id : Span.NONE;
    }

    /**
     * @param c normalized text
     * @param n its length
     * @param from where to start, just after the channel name
     * @param maxGap how many chars of punctuation and filler words may come first
     * @param weak whether the channel word is weak ({@code WA}, {@code V}, {@code Q}): a number id then needs a phone's
     *     length and a word a digit, an underscore, a dot or a dash, even after a colon ({@code Q: what size?},
     *     {@code Q: 123456 is that your order number?} and {@code WA: please check} are questions and a reply)
     * @return the id's {@link Span}, or {@link Span#NONE}
     */
    static long read(char[] c, int n, int from, int maxGap, boolean weak) {
        int minDigits = weak ? WEAK_DIGITS : DIGITS;
        int k = from;
        boolean introduced = false;
        boolean comma = false;
        while (k < n && k - from <= maxGap) {
            char ch = c[k];
            if (ch == ' ' || ch == '-' || ch == '=' || ch == '>' || ch == '(' || ch == '[' || ch == '"' || ch == '\'') {
                k++;
                continue;
            }
            if (ch == ',') {
                comma = true; // 微信，lily0909; "WeChat, my ID is …"
                k++;
                continue;
            }
            if (ch == ':' || ch == '@' || ch == '#' || ch == '码' && k > 0 && c[k - 1] == '号') {
                introduced = true; // 码 finishes a 号 the channel's name took: 微信號碼
                k++;
                continue;
            }
            int f = filler(c, n, k);
            if (f > k) {
                introduced |= Domains.matches(c, n, k, "id") || c[k] == '号' || c[f - 1] == ':';
                k = f;
                continue;
            }
            break;
        }
        if (k >= n) {
            return Span.NONE;
        }
        int s = k;
        if (c[k] == '+' || Chars.isDigit(c[k])) {
            // after a comma a bare number may be a count ("WeChat, 12345 orders"): it needs a phone's length
            return digitsId(c, n, k, introduced && !weak ? DIGITS : comma ? Math.max(minDigits, COMMA_DIGITS) : minDigits);
        }
        int e = k;
        while (e < n && Chars.isIdChar(c[e])) {
            e++;
        }
        e = withoutTrailingMark(c, s, e);
        boolean marked = false;
        for (int i = s; i < e; i++) {
            marked |= Chars.isDigit(c[i]) || c[i] == '_' || c[i] == '.' || c[i] == '-';
        }
        if (e - s < 4 || !Chars.isLatin(c[s])) {
            return Span.NONE;
        }
        if (!marked && (!introduced || weak)) {
            return Span.NONE;
        }
        return Span.of(s, e);
    }

    private static long digitsId(char[] c, int n, int k, int minDigits) {
        int s = k;
        int e = k;
        int digits = 0;
        if (c[e] == '+') {
            e++;
        }
        while (e < n) {
            if (Chars.isDigit(c[e])) {
                digits++;
                e++;
            } else if ((c[e] == ' ' || c[e] == '-' || c[e] == '.' || c[e] == '(' || c[e] == ')' || c[e] == Normalizer.HEART) && e + 1 < n
                    && (Chars.isDigit(c[e + 1]) || c[e + 1] == ' ' || c[e + 1] == '(')) {
                e++;
            } else {
                break;
            }
        }
        while (e > s && !Chars.isDigit(c[e - 1])) {
            e--;
        }
        if (e < n && (Chars.isLatin(c[e]) || c[e] == '_')) {
            // letters glued after digits: an id like 88abc; read it whole
            while (e < n && Chars.isIdChar(c[e])) {
                e++;
            }
            return e - s >= 5 ? Span.of(s, e) : Span.NONE;
        }
        return digits >= minDigits ? Span.of(s, e) : Span.NONE;
    }

    /**
     * Where the id chars {@code c[s, e)} end without the full stop or dash after them, which mark nothing: "Telegram
     * notifications.", "Venmo @lily-shop."
     */
    static int withoutTrailingMark(char[] c, int s, int e) {
        while (e > s && (c[e - 1] == '.' || c[e - 1] == '-')) {
            e--;
        }
        return e;
    }

    private static int filler(char[] c, int n, int k) {
        int group = k < n ? Arrays.binarySearch(FIRST, c[k]) : -1;
        if (group < 0) {
            return k;
        }
        for (String f : BY_FIRST[group]) {
            if (Domains.matches(c, n, k, f)) {
                int e = k + f.length();
                // a word ends where the id chars do: "my" does not start "my.brand.store"
                boolean bounded = !Chars.isLatin(f.charAt(f.length() - 1)) || e >= n || !Chars.isIdChar(c[e]);
                if (bounded) {
                    return e;
                }
            }
        }
        return k;
    }
}
