package dev.closeloop.internal;

import dev.closeloop.Category;
import dev.closeloop.spi.Confidence;
import dev.closeloop.spi.Detection;
import dev.closeloop.spi.DetectionSink;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds what a seller asks the buyer to do off the platform, sentence by sentence, from the intent
 * signals of {@code intents.tsv}:
 * <ul>
 *   <li>{@link Category#OFF_PLATFORM_PAYMENT}: a payment rail (PayPal, 支付宝, Western Union, USDT,
 *       на карту) with a transfer verb, a personal account or an "outside the platform" marker;
 *       or an account with a transfer verb and a number; or an account and its number in the
 *       sentence right after one that names a rail; or buying from the seller ({@code buy directly from us},
 *       直接找我买) next to a price argument or a contact detail, with no marketplace named;
 *   <li>{@link Category#PROTECTION_REFUSAL}: the platform's protection (Trade Assurance, 信保, an
 *       Amazon return) next to words that talk the buyer out of it (too slow, 手续费高, 别走); or a plea to
 *       withdraw a claim, dispute or refund request next to money or a payment outside the platform
 *       (撤销投诉我们私下给您赔偿, close the case and we will compensate you);
 *   <li>{@link Category#PROMOTION}: follow/subscribe calls, outside stores with a link or handle, the seller's
 *       store on another marketplace (我们在淘宝也有店, Наш магазин есть и на Wildberries, our Etsy shop) or another
 *       marketplace to buy on (走闲鱼, 拼多多上买更便宜, buy it on eBay), discount codes, discounts on the next order;
 *   <li>{@link Category#REVIEW_INCENTIVE}: a review or rating together with a reward; or a request to change or
 *       remove a review together with a reward or money (补偿, 退款, compensate);
 *   <li>{@link Category#OFF_PLATFORM_CHANNEL}, or {@link Category#OFF_PLATFORM_PAYMENT} with a payment signal:
 *       a proposal to go on outside the platform (outside the platform, 站外, вне площадки, outside Amazon,
 *       без Озона).
 * </ul>
 * A negation before the signal in its clause ("we do NOT accept Western Union", 不接受私下转账,
 * не принимаем оплату на карту) and the platform's own payment and promotions (Trade Assurance,
 * checkout, store coupons) leave a sentence alone.
 */
final class IntentDetector extends BuiltInDetector {
    private static final int RAIL = 0;
    private static final int VERB = 1;
    private static final int DIRECT = 2;
    private static final int ACCOUNT = 3;
    private static final int PAY_OWN = 4;
    private static final int PROTECT = 5;
    private static final int REFUSE = 6;
    private static final int SITE = 7;
    private static final int FOLLOW = 8;
    private static final int CODE = 9;
    private static final int NEXT = 10;
    private static final int DEAL = 11;
    private static final int PROMO_OWN = 12;
    private static final int REVIEW = 13;
    private static final int REWARD = 14;
    private static final int SAVING = 15;
    private static final int CHANGE = 16;
    private static final int COMPENSATION = 17;
    private static final int MARKET = 18;
    private static final int ELSEWHERE = 19;
    private static final int WITHDRAW = 20;
    private static final int OFF = 21;
    private static final int OFF_PLATFORM = 22;
    private static final int OFF_DEAL = 23;
    private static final int WEAK_VERB = 24;
    private static final int BUY_DIRECT = 25;
    private static final int OURS = 26;
    /** The signal of a possessive that makes what follows the seller's: our, 我的, наш. */
    static final String POSSESSIVE = "promo.ours";
    private static final int STORE = 27;
    private static final int TO = 28;
    private static final int CHEAPER = 29;
    private static final int THAN = 30;
    private static final int OFF_MAIL = 31;
    /** How many signals there are: at most 32, one bit each of {@link #RULE_SIGNALS}, an int. */
    static final int SIGNALS = 32;
    /** How far after a word such as "outside" a marketplace's name may start: "outside of the Amazon". */
    private static final int OFF_BEFORE_MARKET = 9;
    /**
     * How far from "outside the platform" a negation takes it back, on either side in its clause: "Amazon doesn't allow
     * us to contact you outside Amazon".
     */
    private static final int OUTSIDE_NEGATION = 40;
    /** How many chars may open a clause before a payment phrase that is its subject: "亲，", "the ". */
    private static final int STATEMENT_LEAD = 4;
    /** How far after a payment phrase a negation makes it a statement: "Your PayPal account was not charged". */
    private static final int STATEMENT_NEGATION = 5;
    /** How far after an outside marker the platform's own payment may start and take it back: "directly through". */
    private static final int OWN_AFTER_DIRECT = 2;
    /** How far before a payment phrase a marketplace's name may end and be its subject: "Amazon will", "Ozon can". */
    private static final int MARKET_SUBJECT_GAP = 7;
    /** How far from a marketplace's name the possessive before it and the store after it may lie: our Etsy shop, 我们淘宝店. */
    private static final int STORE_GAP = 1;
    /** How far after a marketplace's name a comparative may start and say it costs less there: 淘宝店同款更便宜. */
    private static final int CHEAPER_GAP = 4;
    /** How far before a marketplace's name a word may end and make it what the price is compared with: cheaper than on Amazon. */
    private static final int THAN_GAP = 4;
    /**
     * The signals every rule needs one of: a rail, a transfer verb or an account; buyer protection or a plea to
     * withdraw a claim; a follow call, a store, a code, a next-order offer, a deal or another marketplace; a review or
     * a change to one; a phrase that says outside the platform. The others (an outside marker, a weak verb, a saving,
     * a reward, money, words that send the buyer elsewhere, a word for a deal, the platform's own payment and
     * promotions) fire nothing alone, so a sentence holding only those is not read: prices (рублей), "free shipping"
     * and 直接 are common in clean messages.
     */
    private static final int RULE_SIGNALS = 1 << RAIL | 1 << VERB | 1 << ACCOUNT | 1 << PROTECT | 1 << FOLLOW | 1 << SITE
            | 1 << CODE | 1 << NEXT | 1 << DEAL | 1 << MARKET | 1 << REVIEW | 1 << CHANGE | 1 << WITHDRAW
            | 1 << OFF_PLATFORM | 1 << BUY_DIRECT | 1 << OFF_MAIL;

    /** The signal of each intent term of the lexicon, by term id (-1 for other terms); read per hit. */
    private final byte[] signalOf;

    /** @param lexicon the lexicon whose intent terms this detector reads; an unknown signal fails here */
    IntentDetector(Lexicon lexicon) {
        signalOf = new byte[lexicon.size()];
        for (int id = 0; id < signalOf.length; id++) {
            Term t = lexicon.term(id);
            signalOf[id] = (byte) (t.kind() == TermKind.INTENT ? signal(t.value()) : t.kind() == TermKind.MARKETPLACE ? MARKET : -1);
        }
    }

    @Override
    public String id() {
        return "intent";
    }

    @Override
    public Set<Category> categories() {
        return EnumSet.of(Category.OFF_PLATFORM_PAYMENT, Category.PROTECTION_REFUSAL, Category.PROMOTION,
                Category.REVIEW_INCENTIVE, Category.OFF_PLATFORM_CHANNEL);
    }

    static int signal(String value) {
        return switch (value) {
            case "pay.rail" -> RAIL;
            case "pay.verb" -> VERB;
            case "pay.direct" -> DIRECT;
            case "pay.account" -> ACCOUNT;
            case "pay.own" -> PAY_OWN;
            case "pay.saving" -> SAVING;
            case "protect.term" -> PROTECT;
            case "protect.refuse" -> REFUSE;
            case "promo.site" -> SITE;
            case "promo.follow" -> FOLLOW;
            case "promo.code" -> CODE;
            case "promo.next" -> NEXT;
            case "promo.deal" -> DEAL;
            case "promo.own" -> PROMO_OWN;
            case "review.ask" -> REVIEW;
            case "review.reward" -> REWARD;
            case "review.change" -> CHANGE;
            case "review.pay" -> COMPENSATION;
            case "promo.elsewhere" -> ELSEWHERE;
            case "protect.withdraw" -> WITHDRAW;
            case "off.marker" -> OFF;
            case "off.platform" -> OFF_PLATFORM;
            case "off.email" -> OFF_MAIL;
            case "off.deal" -> OFF_DEAL;
            case "pay.weak" -> WEAK_VERB;
            case "pay.buy-direct" -> BUY_DIRECT;
            case POSSESSIVE -> OURS;
            case "promo.store" -> STORE;
            case "promo.to" -> TO;
            case "promo.cheaper" -> CHEAPER;
            case "promo.than" -> THAN;
            default -> throw new IllegalStateException("intents.tsv: unknown signal " + value);
        };
    }

    @Override
    void detect(ScanState s, DetectionSink sink) {
        TermHits hits = s.hits;
        int n = s.text.length;
        int done = 0;
        int rail = -1; // the hit of a rail named in the sentence read last, which ended at done
        // Only sentences holding a signal some rule needs are read; the rest of the text costs nothing here.
        for (int h = 0; h < hits.size; h++) {
            int sig = signalOf[hits.term[h]];
            if (hits.start[h] < done || sig < 0 || (RULE_SIGNALS & 1 << sig) == 0) {
                continue;
            }
            int from = sentenceStart(s, hits.start[h], done);
            int to = sentenceEnd(s, hits.end[h], n);
            rail = sentence(s, from, to, h, from == done + 1 ? rail : -1, s.intentFirst, s.intentLast, sink);
            done = to;
        }
    }

    /*
     * The two walks to a sentence's ends are methods of their own so that this detector's loop over the hits
     * stays short: a long walk inside it made C2 compile the whole detector on-stack, twice, before its
     * normal compilation (about 1 s each on a 2-core machine).
     */

    /** Where the sentence holding {@code i} starts, at {@code done} at the earliest. */
    private static int sentenceStart(ScanState s, int i, int done) {
        while (i > done && !isSentenceEnd(s, i - 1)) {
            i--;
        }
        return i;
    }

    /** Where the sentence holding the char before {@code i} ends: at its end mark, or at {@code n}. */
    private static int sentenceEnd(ScanState s, int i, int n) {
        while (i < n && !isSentenceEnd(s, i)) {
            i++;
        }
        return i;
    }

    private static boolean isSentenceEnd(ScanState s, int i) {
        char ch = s.text.chars[i];
        if (ch == '!' || ch == '?' || ch == ';') {
            return true;
        }
        return ch == '.' && (i + 1 >= s.text.length || s.text.chars[i + 1] == ' ' || Chars.isHan(s.text.chars[i + 1]))
                && (i == 0 || !Chars.isDigit(s.text.chars[i - 1]) || i + 1 >= s.text.length || !Chars.isDigit(s.text.chars[i + 1]));
    }

    /**
     * Reads the sentence {@code [from, to)}, which holds hit {@code hint}.
     *
     * @param railBefore the hit of a rail the sentence right before this one names, or -1
     * @return the hit of the first rail this sentence names, not negated nor the platform's own, or -1
     */
    private int sentence(ScanState s, int from, int to, int hint, int railBefore, int[] first, int[] last, DetectionSink sink) {
        java.util.Arrays.fill(first, -1);
        java.util.Arrays.fill(last, -1);
        for (int h = s.hits.firstEndingAtOrAfter(from, hint); h < s.hits.size && s.hits.end[h] <= to; h++) {
            if (s.hits.start[h] < from) {
                continue;
            }
            int sig = signalOf[s.hits.term[h]];
            if (sig < 0) {
                continue;
            }
            if ((sig == RAIL || sig == VERB || sig == WEAK_VERB || sig == DIRECT) && ChannelDetector.negated(s, s.hits.start[h], h)) {
                continue; // "we do NOT accept Western Union", 不接受私下转账, "we can't pay you outside of Amazon"
            }
            if (first[sig] < 0) {
                first[sig] = h;
            }
            last[sig] = h;
        }
        boolean contact = s.contactWithin(from, to);
        boolean has = false;
        for (int k = 0; k < SIGNALS; k++) {
            has |= first[k] >= 0;
        }
        if (!has) {
            return -1;
        }
        boolean paid = payment(s, from, to, first, last, contact, railBefore, sink);
        protection(s, first, last, sink);
        promotion(s, from, to, first, last, contact, sink);
        outside(s, from, to, first, last, paid, sink);
        review(s, first, last, sink);
        return first[PAY_OWN] >= 0 ? -1 : first[RAIL]; // PayPal at checkout is the platform's own payment
    }

    /**
     * @param railBefore the hit of a rail named in the sentence right before, or -1: an account with its number
     *     in the next sentence ("可以用支付宝。账号 6222 …") is that rail's account
     * @return whether it reported a payment
     */
    private boolean payment(ScanState s, int from, int to, int[] first, int[] last, boolean contact, int railBefore,
                         DetectionSink sink) {
        boolean rail = first[RAIL] >= 0;
        boolean verb = first[VERB] >= 0;
        // a weak verb moves money only next to a rail or an account, and not next to a way to pay that platforms offer
        // themselves (我们支持货到付款: cash on delivery)
        boolean moves = verb || first[WEAK_VERB] >= 0 && !(rail && onlyWeak(s, first[RAIL], last[RAIL], RAIL));
        // "directly through Amazon", "напрямую через Озон": the platform's own way is what is direct
        boolean direct = first[DIRECT] >= 0 && !ownRightAfter(s, first, last);
        boolean saving = first[SAVING] >= 0;
        boolean account = first[ACCOUNT] >= 0;
        // a contact detail or an account number in the sentence; the sentence is read for one only when it decides
        int handle = rail ? Math.max(handleEnd(s, first[RAIL], to), handleEnd(s, last[RAIL], to)) : -1;
        boolean fires = rail && (moves || direct || saving || account || contact || handle >= 0 || hasAccountNumber(s, from, to))
                || account && (direct || moves && (saving || contact || hasAccountNumber(s, from, to)))
                || verb && direct
                // buying from the seller for a price argument, no marketplace named: "buy directly from us, it's cheaper"
                || first[BUY_DIRECT] >= 0 && first[MARKET] < 0 && (saving || contact);
        boolean borrowed = !fires && !rail && account && railBefore >= 0 && hasAccountNumber(s, from, to);
        if (!(fires || borrowed) || first[PAY_OWN] >= 0 && !direct || s.hitWithin(TermKind.WARNING, from, to) >= 0) {
            return false; // 线下交易有风险: a warning keeps to the rules
        }
        int named = rail ? first[RAIL] : borrowed ? railBefore : -1;
        String railName = named >= 0 ? s.lexicon.normalized(s.hits.term[named]) : account ? "account" : "direct";
        long span = span(s, first, last, RAIL, VERB, WEAK_VERB, DIRECT, ACCOUNT, SAVING, BUY_DIRECT);
        if (negatedStatement(s, from, span) || marketplacePays(s, from, first, span)) {
            return false;
        }
        if (borrowed) {
            span = Span.of(s.hits.start[railBefore], Span.end(span));
        }
        if (handle > Span.end(span)) {
            span = Span.of(Span.start(span), handle);
        }
        report(s, sink, Category.OFF_PLATFORM_PAYMENT, "payment.off-platform", span,
                "Asks the buyer to pay or be refunded outside the platform (" + railName + ").",
                Map.of("intent", "payment", "rail", railName, "negated", "false"));
        return true;
    }

    /**
     * A proposal to go on outside the platform: {@code outside the platform}, 站外, {@code вне площадки}, or a word
     * such as {@code outside}, {@code без}, 绕过 right before a marketplace's name ({@code contact me directly outside
     * Amazon}, {@code напрямую, без Озона}). Any marketplace counts, the platform's own included. A sentence that
     * warns or refuses (站外交易有风险, sorry) or negates the phrase on either side (we can't email outside of Amazon,
     * без Озона не работаем) is the seller keeping to the rules; a negation inside an idiom that asks (能不能,
     * 是不是) negates nothing. With a payment signal or a word for a deal (order, 交易,
     * заказ) in the sentence it is a payment outside the platform, unless the payment rule reported one already;
     * otherwise a move to an outside channel. A move to e-mail ({@code move this to email}, {@code email me}, 发邮件给我,
     * {@code напишите на почту}) is always one.
     *
     * @param paid whether the payment rule reported the sentence
     */
    private void outside(ScanState s, int from, int to, int[] first, int[] last, boolean paid, DetectionSink sink) {
        long span = Span.NONE;
        boolean mail = false; // a move to e-mail, which is no deal even where one is spoken of: "for all orders, email me"
        if (first[OFF_PLATFORM] >= 0 && !possessive(s, s.hits.end[first[OFF_PLATFORM]])
                && !overlapped(s, first[OFF_PLATFORM], last[OFF_PLATFORM])) {
            span = Span.of(s.hits.start[first[OFF_PLATFORM]], s.hits.end[first[OFF_PLATFORM]]);
        } else if (first[OFF_MAIL] >= 0) {
            span = Span.of(s.hits.start[first[OFF_MAIL]], s.hits.end[first[OFF_MAIL]]);
            mail = true;
        } else if (first[OFF] >= 0 && first[MARKET] >= 0) {
            for (int h = first[OFF]; h >= 0 && span == Span.NONE; h = nextOf(s, OFF, h, last[OFF])) {
                int market = s.hitAfter(TermKind.MARKETPLACE, s.hits.end[h], OFF_BEFORE_MARKET, h);
                if (market >= 0 && !possessive(s, s.hits.end[market])) {
                    span = Span.of(s.hits.start[h], s.hits.end[market]);
                }
            }
        }
        if (span == Span.NONE || s.hitWithin(TermKind.WARNING, from, to) >= 0 || refuses(s, from, to)
                || ChannelDetector.denies(s, s.hitBefore(TermKind.NEGATION, Span.start(span), OUTSIDE_NEGATION))
                || ChannelDetector.denies(s, s.hitAfter(TermKind.NEGATION, Span.end(span), OUTSIDE_NEGATION))) {
            return;
        }
        // a weak verb (能不能, prefer) moves money only next to a rail or an account, which count here by themselves
        boolean pays = !mail && (first[RAIL] >= 0 || first[VERB] >= 0 || first[ACCOUNT] >= 0 || first[SAVING] >= 0
                || first[OFF_DEAL] >= 0);
        if (pays && !paid) {
            report(s, sink, Category.OFF_PLATFORM_PAYMENT, "payment.off-platform", span,
                    "Proposes to deal outside the platform.", Map.of("intent", "payment", "rail", "outside", "negated", "false"));
        } else if (!pays) {
            report(s, sink, Category.OFF_PLATFORM_CHANNEL, "channel.outside", span,
                    "Proposes to go on talking outside the platform.", Map.of("intent", "outside"));
        }
    }

    /**
     * Whether {@code [from, to)} names a channel other than by a weak name: {@code We're on Instagram}, but not {@code We
     * are on line 5}, where a weak name (line, WA) is a word unless an id or a call to action stands right next to it.
     */
    private static boolean namesChannel(ScanState s, int from, int to) {
        for (int h = s.hitWithin(TermKind.CHANNEL, from, to); h >= 0; h = s.nextWithin(TermKind.CHANNEL, from, to, h)) {
            if (!s.term(h).weak()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [from, to)} holds a refusal that no idiom holds: 不能, but not the 不能 of 能不能, which asks. */
    private static boolean refuses(ScanState s, int from, int to) {
        for (int h = s.hitWithin(TermKind.REFUSAL, from, to); h >= 0; h = s.nextWithin(TermKind.REFUSAL, from, to, h)) {
            if (s.hitCovering(TermKind.IDIOM, h) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the payment phrase opens its clause and a negation follows it: "Оплата на карту не принимается", "Your
     * PayPal account was not charged", 您的银行卡账户未被扣款 state what is not done. After a verb that opens the
     * clause (Переведите на карту не через Озон, 支付宝转账给我不收手续费) the negation is about something else,
     * and there the phrase does not open the clause or the negation is not right after it.
     */
    private static boolean negatedStatement(ScanState s, int from, long span) {
        if (!opensClause(s, from, Span.start(span))) {
            return false;
        }
        int neg = s.hitAfter(TermKind.NEGATION, Span.end(span), STATEMENT_NEGATION);
        return neg >= 0 && s.hits.start[neg] - Span.end(span) <= STATEMENT_NEGATION;
    }

    /**
     * Whether a marketplace that opens the clause is who pays, without a rail: "Amazon will refund you directly",
     * "AliExpress can refund you directly". The platform's money moves on the platform, whatever word says how.
     */
    private static boolean marketplacePays(ScanState s, int from, int[] first, long span) {
        if (first[MARKET] < 0 || first[RAIL] >= 0) {
            return false;
        }
        int market = s.hitBefore(TermKind.MARKETPLACE, Span.start(span), MARKET_SUBJECT_GAP, first[MARKET]);
        return market >= 0 && opensClause(s, from, s.hits.start[market]);
    }

    /**
     * Whether at most {@value #STATEMENT_LEAD} chars of its clause come before {@code start}; the clause starts at
     * {@code from} at the earliest.
     */
    private static boolean opensClause(ScanState s, int from, int start) {
        int clause = start;
        while (clause > from && start - clause <= STATEMENT_LEAD && !s.isClauseBreak(clause - 1)) {
            clause--;
        }
        return start - clause <= STATEMENT_LEAD;
    }

    /**
     * Whether the platform's own payment follows the sentence's one outside marker right after it: "refund you directly
     * through Amazon".
     */
    private static boolean ownRightAfter(ScanState s, int[] first, int[] last) {
        if (first[PAY_OWN] < 0 || first[DIRECT] < 0) {
            return false;
        }
        int gap = s.hits.start[first[PAY_OWN]] - s.hits.end[last[DIRECT]];
        return gap >= 0 && gap <= OWN_AFTER_DIRECT && first[DIRECT] == last[DIRECT];
    }

    /**
     * Whether another off-platform phrase starts inside hit {@code h}, after its start: the two read as one, and the first
     * one's negation is the whole's. 不走平台外交易 declines a deal outside the platform (平台外), where 不走平台 alone proposes one.
     */
    private boolean overlapped(ScanState s, int h, int last) {
        for (int k = h + 1; k <= last; k++) {
            int start = s.hits.start[k];
            if (signalOf[s.hits.term[k]] == OFF_PLATFORM && start > s.hits.start[h] && start < s.hits.end[h]) {
                return true;
            }
        }
        return false;
    }

    /** An {@code 's} at {@code i}: "outside Amazon's locker", "outside the platform's delivery zone" name a place. */
    private static boolean possessive(ScanState s, int i) {
        char[] c = s.text.chars;
        return i + 1 < s.text.length && (c[i] == '\'' || c[i] == '\u2019') && c[i + 1] == 's';
    }

    private void protection(ScanState s, int[] first, int[] last, DetectionSink sink) {
        if (first[PROTECT] >= 0 && first[REFUSE] >= 0) {
            report(s, sink, Category.PROTECTION_REFUSAL, "protection.refusal", span(s, first, last, PROTECT, REFUSE),
                    "Talks the buyer out of the platform's buyer protection.", Map.of("intent", "protection-refusal"));
        } else if (first[WITHDRAW] >= 0 && !ChannelDetector.negated(s, s.hits.start[first[WITHDRAW]])
                && (besides(s, first, last, COMPENSATION, WITHDRAW) || first[DIRECT] >= 0 || first[RAIL] >= 0)) {
            report(s, sink, Category.PROTECTION_REFUSAL, "protection.refusal",
                    span(s, first, last, WITHDRAW, COMPENSATION, DIRECT, RAIL),
                    "Offers money outside the platform for withdrawing a claim, dispute or refund request.",
                    Map.of("intent", "protection-refusal"));
        }
    }

    /**
     * Whether the sentence holds a hit of {@code signal} outside the first hit of {@code around}: 取消退款申请 holds
     * 退款, which is money only elsewhere. Hits are in order of their ends, so one before that hit is the first, one
     * after it the last.
     */
    private static boolean besides(ScanState s, int[] first, int[] last, int signal, int around) {
        if (first[signal] < 0) {
            return false;
        }
        int a = s.hits.start[first[around]];
        int b = s.hits.end[first[around]];
        return s.hits.end[first[signal]] <= a || s.hits.start[last[signal]] >= b;
    }

    private void promotion(ScanState s, int from, int to, int[] first, int[] last, boolean contact, DetectionSink sink) {
        boolean own = first[PROMO_OWN] >= 0 && !contact;
        String why = null;
        int[] used = null;
        long store = Span.NONE; // the seller's store on a marketplace (our Etsy shop), or a marketplace to buy on (走闲鱼)
        boolean followIsOwn = first[FOLLOW] >= 0 && first[PROMO_OWN] >= 0
                && s.hits.start[first[PROMO_OWN]] <= s.hits.start[first[FOLLOW]] && s.hits.end[first[PROMO_OWN]] >= s.hits.end[first[FOLLOW]];
        if (first[FOLLOW] >= 0 && !followIsOwn && !ChannelDetector.negated(s, s.hits.start[first[FOLLOW]])) {
            why = "Asks the buyer to follow or subscribe to the seller's own channels.";
            used = new int[] {FOLLOW, SITE};
        } else if (own) {
            return;
        } else if (first[SITE] >= 0 && (contact || namesChannel(s, from, to) || strongSite(s, first[SITE])
                && (first[DEAL] >= 0 || first[NEXT] >= 0 || first[SAVING] >= 0 || hasPercent(s, from, to)))) {
            why = "Points the buyer to the seller's own store or channel outside the platform.";
            used = new int[] {SITE};
        } else if (first[MARKET] >= 0 && (first[ELSEWHERE] >= 0 && !ChannelDetector.negated(s, s.hits.start[first[ELSEWHERE]])
                || (store = ownStore(s, first, last)) != Span.NONE && !ChannelDetector.negated(s, Span.start(store)))) {
            // "наш магазин на Ozon", "a shop on Lazada", "our Etsy shop": on the marketplace it names, the policy drops
            // it by its host, as it does the next
            why = "Points the buyer to the seller's store on another marketplace.";
            used = new int[] {MARKET, ELSEWHERE};
        } else if (first[MARKET] >= 0 && (store = sentToBuy(s, first, last)) != Span.NONE) {
            why = "Sends the buyer to buy on another marketplace.";
            used = new int[] {MARKET, TO, CHEAPER};
        } else if (first[CODE] >= 0 && hasCodeToken(s, first[CODE], to)) {
            why = "Offers a discount code, a marketing message the platform does not allow here.";
            used = new int[] {CODE, DEAL};
        } else if (first[NEXT] >= 0 && (first[DEAL] >= 0 || hasPercent(s, from, to))) {
            why = "Offers a discount on a future order, a marketing message the platform does not allow here.";
            used = new int[] {NEXT, DEAL};
        } else if (first[DEAL] >= 0 && dealPhrase(s, first, last) && hasPercent(s, from, to)) {
            why = "Advertises a time-limited deal, a marketing message the platform does not allow here.";
            used = new int[] {DEAL};
        }
        if (why == null) {
            return;
        }
        // the host the promotion points to, where the policy drops it if it is the platform's own: a marketplace's, or
        // that of the link the finding then takes in
        long span = store != Span.NONE ? store : span(s, first, last, used);
        String host = null;
        if (used[0] == MARKET) {
            int market = store != Span.NONE ? s.hitWithin(TermKind.MARKETPLACE, Span.start(store), Span.end(store)) : first[MARKET];
            host = s.term(market).value();
        } else if (used[0] == FOLLOW || used[0] == SITE) {
            int link = s.linkWithin(from, to);
            host = link >= 0 ? s.linkHost(link) : null;
            if (host != null) {
                span = Span.of(Math.min(Span.start(span), s.contacts.start[link]), Math.max(Span.end(span), s.contacts.end[link]));
            }
        }
        report(s, sink, Category.PROMOTION, "promotion.outside", span, why,
                host == null ? Map.of("intent", "promotion") : Map.of("intent", "promotion", "host", host));
    }

    private void review(ScanState s, int[] first, int[] last, DetectionSink sink) {
        boolean rewarded = first[REVIEW] >= 0 && first[REWARD] >= 0 && !ChannelDetector.negated(s, s.hits.start[first[REVIEW]]);
        // money next to a plea to change a review is its price, where next to a plea for a review it may be a refund
        boolean bought = first[CHANGE] >= 0 && (first[REWARD] >= 0 || first[COMPENSATION] >= 0)
                && !ChannelDetector.negated(s, s.hits.start[first[CHANGE]]);
        if (!rewarded && !bought) {
            return;
        }
        long span = rewarded ? span(s, first, last, REVIEW, REWARD) : span(s, first, last, CHANGE, REWARD, COMPENSATION);
        report(s, sink, Category.REVIEW_INCENTIVE, "review.incentive", span,
                "Offers a reward for a review or a changed rating.", Map.of("intent", "review-incentive"));
    }

    /**
     * A marketplace named as where the seller has a store of its own: {@code our Etsy shop}, 我们淘宝店, 我家拼多多店铺,
     * {@code наш Ozon-магазин}. The possessive stands right before the name and the store right after it, so "our order
     * on Amazon" and 淘宝店铺的价格 are no such store.
     *
     * @return the span from the possessive to the store, or {@link Span#NONE}
     */
    private long ownStore(ScanState s, int[] first, int[] last) {
        if (first[OURS] < 0 || first[STORE] < 0) {
            return Span.NONE;
        }
        for (int m = first[MARKET]; m >= 0; m = nextOf(s, MARKET, m, last[MARKET])) {
            int ours = signalNear(s, first, last, OURS, s.hits.start[m] - STORE_GAP, s.hits.start[m], true);
            int store = signalNear(s, first, last, STORE, s.hits.end[m], s.hits.end[m] + STORE_GAP, false);
            if (ours >= 0 && store >= 0) {
                return Span.of(s.hits.start[ours], s.hits.end[store]);
            }
        }
        return Span.NONE;
    }

    /**
     * A marketplace the buyer is sent to buy on: a word right before its name sends the buyer there (走闲鱼, 去淘宝拍,
     * {@code buy it on eBay}, {@code закажите на Wildberries}), or a comparative right after it says it costs less there
     * (拼多多上买更便宜, {@code on Walmart it's cheaper}, {@code на Озоне дешевле}). Not a name the price is compared with
     * (比淘宝更便宜, {@code cheaper than on Amazon}), nor one inside a word that names no place to buy (京东物流, 淘宝同款),
     * nor a comparative that describes what is sold there (淘宝上更便宜的都是仿品).
     *
     * @return the span from the word to the name or from the name to the comparative, or {@link Span#NONE}
     */
    private long sentToBuy(ScanState s, int[] first, int[] last) {
        char[] c = s.text.chars;
        for (int h = first[TO]; h >= 0; h = nextOf(s, TO, h, last[TO])) {
            int end = s.hits.end[h];
            // right after it, or after one space: the 去 of 去年淘宝 sends nobody to Taobao
            int market = s.hitAfter(TermKind.MARKETPLACE, end, 1, h);
            if (market >= 0 && (s.hits.start[market] == end || c[end] == ' ') && s.hitCovering(TermKind.IDIOM, market) < 0
                    && !ChannelDetector.negated(s, s.hits.start[h], h)) {
                return Span.of(s.hits.start[h], s.hits.end[market]);
            }
        }
        for (int h = first[CHEAPER]; h >= 0; h = nextOf(s, CHEAPER, h, last[CHEAPER])) {
            int market = s.hitBefore(TermKind.MARKETPLACE, s.hits.start[h], CHEAPER_GAP, h);
            // an idiom holds a name that is no place to buy (京东物流) or a comparative that describes (更便宜的都是仿品)
            if (market >= 0 && s.hitCovering(TermKind.IDIOM, market) < 0 && s.hitCovering(TermKind.IDIOM, h) < 0
                    && !ChannelDetector.negated(s, s.hits.start[h], h)
                    && signalNear(s, first, last, THAN, s.hits.start[market] - THAN_GAP, s.hits.start[market], true) < 0) {
                return Span.of(s.hits.start[market], s.hits.end[h]);
            }
        }
        return Span.NONE;
    }

    /** Whether every hit of {@code signal} from hit {@code from}, one of them, to hit {@code to} is of a term marked weak. */
    private boolean onlyWeak(ScanState s, int from, int to, int signal) {
        for (int h = from; h >= 0; h = nextOf(s, signal, h, to)) {
            if (!s.term(h).weak()) {
                return false;
            }
        }
        return true;
    }

    /** The first hit of {@code signal} in the sentence that ends ({@code byEnd}) or starts in {@code [from, to]}, or -1. */
    private int signalNear(ScanState s, int[] first, int[] last, int signal, int from, int to, boolean byEnd) {
        for (int h = first[signal]; h >= 0; h = nextOf(s, signal, h, last[signal])) {
            int at = byEnd ? s.hits.end[h] : s.hits.start[h];
            if (at >= from && at <= to) {
                return h;
            }
        }
        return -1;
    }

    /**
     * The next hit of {@code signal} after hit {@code after}, up to hit {@code last}, or -1: walks a sentence's hits of
     * one signal from its first ({@code first[signal]}) to its last, past the other hits between them.
     */
    private int nextOf(ScanState s, int signal, int after, int last) {
        for (int h = after + 1; h <= last; h++) {
            if (signalOf[s.hits.term[h]] == signal) {
                return h;
            }
        }
        return -1;
    }

    private static boolean strongSite(ScanState s, int h) {
        String t = s.lexicon.normalized(s.hits.term[h]);
        return t.contains("own") || t.contains("website") || t.contains("сайт") || t.contains("интернет") || t.contains("官网")
                || t.contains("独立站");
    }

    /** A code such as AMZFRIEND20 or WB20 right after "code", "use", "промокод". */
    private static boolean hasCodeToken(ScanState s, int h, int to) {
        char[] c = s.text.chars;
        int k = s.hits.end[h];
        int limit = Math.min(to, k + 12);
        while (k < limit) {
            while (k < limit && !Chars.isLatin(c[k])) {
                k++;
            }
            int st = k;
            int letters = 0;
            int digits = 0;
            while (k < s.text.length && (Chars.isLatin(c[k]) || Chars.isDigit(c[k]))) {
                if (Chars.isDigit(c[k])) {
                    digits++;
                } else {
                    letters++;
                }
                k++;
            }
            if (letters >= 2 && digits >= 1 && k - st >= 4 && k - st <= 20) {
                return true;
            }
        }
        return false;
    }

    /**
     * A run of nine or more digits, spaces and dashes allowed, that is not labelled as an order, invoice or tracking
     * number: an account or card number.
     */
    private static boolean hasAccountNumber(ScanState s, int from, int to) {
        char[] c = s.text.chars;
        int digits = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            if (Chars.isDigit(c[i])) {
                if (digits++ == 0) {
                    start = i;
                }
                if (digits == 9 && !s.isCode(start)) {
                    return true;
                }
            } else if (!(c[i] == ' ' || c[i] == '-') || i + 1 >= to || !Chars.isDigit(c[i + 1])) {
                digits = 0;
            }
        }
        return false;
    }

    /**
     * A payment handle right after a rail's name: {@code Venmo @lily-shop}, {@code Cash App $glowhaven}.
     *
     * @return where it ends, or -1 when there is none
     */
    private static int handleEnd(ScanState s, int rail, int to) {
        char[] c = s.text.chars;
        int i = s.hits.end[rail];
        while (i < to && (c[i] == ' ' || c[i] == ':')) {
            i++;
        }
        if (i == s.hits.end[rail] || i >= to || c[i] != '@' && c[i] != '$') {
            return -1; // glued to the name (tt@…), it is part of another token
        }
        int letters = 0;
        int e = i + 1;
        while (e < to && Chars.isIdChar(c[e])) {
            letters += Chars.isLatin(c[e]) ? 1 : 0;
            e++;
        }
        return letters >= 3 ? IdReader.withoutTrailingMark(c, i + 1, e) : -1; // $12 is a price
    }

    private static boolean hasPercent(ScanState s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.text.chars[i] == '%') {
                return true;
            }
        }
        return false;
    }

    private boolean dealPhrase(ScanState s, int[] first, int[] last) {
        for (int h = first[DEAL]; h >= 0; h = nextOf(s, DEAL, h, last[DEAL])) {
            if (s.lexicon.normalized(s.hits.term[h]).contains("only")) {
                return true;
            }
        }
        return false;
    }

    /** The normalized span from the first to the last hit of the given signals. */
    private static long span(ScanState s, int[] first, int[] last, int... signals) {
        int a = Integer.MAX_VALUE;
        int b = -1;
        for (int sig : signals) {
            if (first[sig] >= 0) {
                a = Math.min(a, s.hits.start[first[sig]]);
                b = Math.max(b, s.hits.end[last[sig]]);
            }
        }
        return Span.of(a, b);
    }

    private static void report(ScanState s, DetectionSink sink, Category c, String rule, long span, String why,
                               Map<String, String> evidence) {
        sink.report(new Detection(c, rule, s.originalStart(Span.start(span)), s.originalEnd(Span.end(span)), Confidence.CERTAIN,
                why, evidence));
    }
}
