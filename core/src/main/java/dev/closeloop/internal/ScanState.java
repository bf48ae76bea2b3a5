package dev.closeloop.internal;

import dev.closeloop.Message;
import dev.closeloop.spi.ScanContext;

/**
 * Everything computed once per message and shared by the detectors: the normalized text, its
 * offset map and the term hits. One instance per thread, reused from message to message, so a
 * clean message allocates next to nothing. Not thread-safe.
 */
public final class ScanState implements ScanContext {
    private static final ThreadLocal<ScanState> PER_THREAD = ThreadLocal.withInitial(ScanState::new);
    /** How far before a number its code label may end: {@code 快递单号：}, {@code order no. #}. */
    private static final int CODE_LABEL_WINDOW = 16;

    private final NormalizedText scratch = new NormalizedText();
    final NormalizedText text = new NormalizedText();
    final TermHits hits = new TermHits();
    /** Contact details the contact detector found, by {@link ContactKind} ordinal, for later detectors. */
    final TermHits contacts = new TermHits();
    final TermScanner.Scratch scan = new TermScanner.Scratch();
    final NumberRun numbers = new NumberRun();
    final PhoneScanner phones = new PhoneScanner();
    final AddressScanner addresses = new AddressScanner();
    final int[] intentFirst = new int[IntentDetector.SIGNALS];
    final int[] intentLast = new int[IntentDetector.SIGNALS];
    final Detections detections = new Detections();
    Lexicon lexicon;
    private String original;
    /** The message being checked; null while a lone seller message has not been asked for as a {@link Message}. */
    private Message message;
    private boolean inUse;

    /**
     * Takes this thread's state, or a fresh one when a detector evaluates a message from inside
     * another evaluation on the same thread.
     *
     * @return a state to {@link #prepare} and then {@link #release}
     */
    public static ScanState acquire() {
        ScanState s = PER_THREAD.get();
        if (s.inUse) {
            s = new ScanState();
        }
        s.inUse = true;
        return s;
    }

    /**
     * Normalizes a message and finds its terms.
     *
     * @param original the message text
     * @param message the message, or null for a seller message with no thread and an unknown stage,
     *     which is then made from the text only if a detector asks for it
     * @param lexicon the terms to find
     * @return the sink the detectors report this message's detections to
     */
    public Detections prepare(String original, Message message, Lexicon lexicon) {
        this.original = original;
        this.message = message;
        this.lexicon = lexicon;
        contacts.clear();
        detections.reset(original.length());
        Normalizer.normalize(original, scratch, text, numbers);
        TermScanner.scan(lexicon, text, hits, scan);
        return detections;
    }

    int normalizeOnly(String text) {
        Normalizer.normalize(text, scratch, this.text, numbers);
        return this.text.length;
    }

    /** Returns the state to its thread, dropping buffers a huge message grew and the lexicon, which may be a discarded checker's. */
    public void release() {
        original = null;
        message = null;
        lexicon = null;
        scan.lex = null;
        inUse = false;
        scratch.trim();
        text.trim();
    }

    @Override
    public Message message() {
        if (message == null) {
            message = Message.of(original);
        }
        return message;
    }

    @Override
    public String text() {
        return original;
    }

    /** @return the copy of the text's chars normalization made, {@code text().length()} of them; not to be written */
    public char[] originalChars() {
        return scratch.sourceChars();
    }

    /** @return false when the original text has no char of U+0400–U+04FF; true when it may have one */
    public boolean originalMayHaveCyrillic() {
        return scratch.sourceMayHaveCyrillic;
    }

    @Override
    public CharSequence normalized() {
        return text;
    }

    @Override
    public int originalStart(int normalizedStart) {
        return text.sourceStart(normalizedStart);
    }

    @Override
    public int originalEnd(int normalizedEnd) {
        return text.sourceEnd(normalizedEnd);
    }

    /** @return the term of hit {@code i} */
    Term term(int i) {
        return lexicon.term(hits.term[i]);
    }

    /** Cue bit: the message refuses something (sorry, 抱歉, только). */
    public static final int REFUSES = 1;
    /** Cue bit: the message gives a reason to leave the platform briefly (a file too large). */
    public static final int GIVES_REASON = 2;
    /** Cue bit: the message promises to come back to the platform thread. */
    public static final int PROMISES_RETURN = 4;
    /** Every cue bit: {@link #cues()} is at most this. */
    public static final int ALL_CUES = REFUSES | GIVES_REASON | PROMISES_RETURN;

    /** @return the cue bits of the prepared message */
    public int cues() {
        return (hits.hasKind(TermKind.REFUSAL.ordinal()) ? REFUSES : 0)
                | (hits.hasKind(TermKind.EXCEPTION_REASON.ordinal()) ? GIVES_REASON : 0)
                | (hits.hasKind(TermKind.RETURN_PROMISE.ordinal()) ? PROMISES_RETURN : 0);
    }

    /**
     * The channels the prepared message names, other than as a product feature ("WeChat Pay").
     *
     * @return channel ids such as {@code wechat}, {@code phone}, {@code email}
     */
    public java.util.Set<String> channelsNamed() {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (int h = 0; h < hits.size; h++) {
            Term t = term(h);
            if (t.kind() == TermKind.CHANNEL && !t.weak() && hitAfter(TermKind.FEATURE, hits.end[h], 3) < 0) {
                named.add(t.value());
            }
        }
        return named;
    }

    /** Whether the contact detector found a contact detail in {@code [from, to)}. */
    boolean contactWithin(int from, int to) {
        for (int i = contacts.firstEndingAtOrAfter(from + 1); i < contacts.size && contacts.end[i] - contacts.maxSpan < to; i++) {
            if (contacts.start[i] < to && contacts.end[i] > from) {
                return true;
            }
        }
        return false;
    }

    /** The index in {@link #contacts} of the first link the contact detector found within {@code [from, to)}, or -1. */
    int linkWithin(int from, int to) {
        int link = AddressScanner.Kind.URL.ordinal();
        for (int i = contacts.firstEndingAtOrAfter(from + 1); i < contacts.size && contacts.end[i] <= to; i++) {
            if (contacts.start[i] >= from && contacts.term[i] == link) {
                return i;
            }
        }
        return -1;
    }

    /** @return the host of the link at index {@code contact} of {@link #contacts}, as its finding names it */
    String linkHost(int contact) {
        return addresses.linkHostAt(text.chars, text.length, contacts.start[contact]);
    }

    /** Whether a clause ends at normalized offset {@code i}: words across it speak of something else. */
    boolean isClauseBreak(int i) {
        char[] c = text.chars;
        char ch = c[i];
        if (ch == '!' || ch == '?' || ch == ';') {
            return true;
        }
        if (ch == '.' || ch == ',') {
            boolean endOfText = i + 1 >= text.length;
            return endOfText || c[i + 1] == ' ' || Chars.isHan(c[i + 1]) || (i > 0 && Chars.isHan(c[i - 1]));
        }
        return false;
    }

    /**
     * The last hit of a kind that ends at most {@code window} chars before {@code pos}, in the same clause.
     *
     * @return the hit index, or -1
     */
    int hitBefore(TermKind kind, int pos, int window) {
        return hitBefore(kind, pos, window, -1);
    }

    /** {@link #hitBefore(TermKind, int, int)}, starting the search near hit {@code hint} (-1 for none). */
    int hitBefore(TermKind kind, int pos, int window, int hint) {
        if (!hits.hasKind(kind.ordinal())) {
            return -1;
        }
        int best = -1;
        int from = hint < 0 ? hits.firstEndingAtOrAfter(pos - window) : hits.firstEndingAtOrAfter(pos - window, hint);
        for (int h = from; h < hits.size && hits.end[h] <= pos; h++) {
            if (hits.kind[h] == kind.ordinal() && (best < 0 || hits.end[h] >= hits.end[best])) {
                best = h;
            }
        }
        return best >= 0 && clauseBreakBetween(hits.end[best], pos) ? -1 : best;
    }

    /**
     * The first hit of a kind that starts at most {@code window} chars after {@code pos}, in the same clause.
     *
     * @return the hit index, or -1
     */
    int hitAfter(TermKind kind, int pos, int window) {
        return hitAfter(kind, pos, window, -1);
    }

    /** {@link #hitAfter(TermKind, int, int)}, starting the search near hit {@code hint} (-1 for none). */
    int hitAfter(TermKind kind, int pos, int window, int hint) {
        if (!hits.hasKind(kind.ordinal())) {
            return -1;
        }
        int best = -1;
        int from = hint < 0 ? hits.firstEndingAtOrAfter(pos) : hits.firstEndingAtOrAfter(pos, hint);
        for (int h = from; h < hits.size && hits.end[h] - hits.maxSpan <= pos + window; h++) {
            int s = hits.start[h];
            if (s >= pos && s <= pos + window && hits.kind[h] == kind.ordinal() && (best < 0 || s < hits.start[best])) {
                best = h;
            }
        }
        return best >= 0 && clauseBreakBetween(pos, hits.start[best]) ? -1 : best;
    }

    /** The first hit of a kind lying inside {@code [from, to)}, or -1. */
    int hitWithin(TermKind kind, int from, int to) {
        return hits.hasKind(kind.ordinal()) ? nextWithin(kind, from, to, hits.firstEndingAtOrAfter(from) - 1) : -1;
    }

    /** The next hit of a kind after hit {@code after} lying inside {@code [from, to)}, or -1: walks on from {@link #hitWithin}. */
    int nextWithin(TermKind kind, int from, int to, int after) {
        for (int h = after + 1; h < hits.size && hits.end[h] <= to; h++) {
            if (hits.start[h] >= from && hits.kind[h] == kind.ordinal()) {
                return h;
            }
        }
        return -1;
    }

    /** A hit of a kind that covers hit {@code inner} and is longer, or -1. */
    int hitCovering(TermKind kind, int inner) {
        if (!hits.hasKind(kind.ordinal())) {
            return -1;
        }
        int s = hits.start[inner];
        int e = hits.end[inner];
        for (int h = hits.firstEndingAtOrAfter(e, inner); h < hits.size && hits.end[h] - hits.maxSpan <= s; h++) {
            if (h != inner && hits.start[h] <= s && hits.end[h] - hits.start[h] > e - s && hits.kind[h] == kind.ordinal()) {
                return h;
            }
        }
        return -1;
    }

    /**
     * Whether the number starting at {@code start} is labelled as an order, tracking or product code ({@code 订单号},
     * {@code invoice}, {@code артикул}) or written as a price: such a number is neither a phone nor an account number.
     * A phone word or channel name between the code label and the number names it instead ("Для оптовых заказов
     * звоните: +7 495 …").
     */
    boolean isCode(int start) {
        int code = hitBefore(TermKind.CODE_LABEL, start, CODE_LABEL_WINDOW);
        if (code >= 0) {
            return !labelledAfter(TermKind.PHONE_LABEL, code, start) && !labelledAfter(TermKind.CHANNEL, code, start);
        }
        char[] c = text.chars;
        int k = start - 1;
        while (k >= 0 && (c[k] == ' ' || c[k] == ':' || c[k] == '#')) {
            k--;
        }
        return k >= 0 && (c[k] == '$' || c[k] == '¥' || c[k] == '€' || c[k] == '₽' || c[k] == '£' || c[k] == '₱');
    }

    /**
     * Whether a hit of {@code kind} lies between hit {@code label} and {@code start}, apart from it: 发票号码 is one
     * label, an invoice number, not 发票 and a phone number's 号码.
     */
    private boolean labelledAfter(TermKind kind, int label, int start) {
        int h = hitBefore(kind, start, start - hits.end[label], label);
        return h >= 0 && hits.start[h] > hits.end[label];
    }

    boolean clauseBreakBetween(int from, int to) {
        for (int i = Math.max(0, from); i < to && i < text.length; i++) {
            if (isClauseBreak(i)) {
                return true;
            }
        }
        return false;
    }

    /** The original text of a normalized span. */
    String excerpt(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }
}
