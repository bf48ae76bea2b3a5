package dev.closeloop.internal;

import dev.closeloop.Category;
import dev.closeloop.spi.Confidence;
import dev.closeloop.spi.Detection;
import dev.closeloop.spi.DetectionSink;

import java.util.Map;

/**
 * Finds invitations to outside channels: a channel name (WeChat, WhatsApp, Telegram, QQ, … in any
 * of their disguises) with an account id after it, or before it joined by a word of owning
 * ({@code lily0909 是我的微信}) ({@link Category#CONTACT_INFO}), or with a call to action or a request
 * for the buyer's id ({@link Category#OFF_PLATFORM_CHANNEL}); requests for the buyer's phone number or
 * e-mail address ({@link Category#OFF_PLATFORM_CHANNEL}); and any channel or contact word pointed to where the
 * details are shown instead of written, the seller's profile or a card in the parcel ({@code 手机号码在我头像里},
 * {@code WhatsApp in my bio}, 卡片上有我们的微信) ({@link Category#OFF_PLATFORM_CHANNEL}).
 *
 * <p>A channel name alone is not a violation: "supports WeChat Pay", "notifications from
 * Telegram", "we don't use WeChat, please write here", 品牌威信, 为新客户. Negation earlier in the
 * clause, a product-feature word right after, a sound-alike without a call to action right next
 * to it, or an idiom around it ("drop me a line") leave the name alone.
 */
final class ChannelDetector extends BuiltInDetector {
    private static final int CTA_BEFORE = 18;
    private static final int CTA_AFTER = 8;
    /** How far before a weak or sound-alike channel name a call to action may end: 加我薇信, {@code add me on WA}. */
    private static final int CTA_BEFORE_WEAK = 8;
    /**
     * How far before a one-letter channel name a call to action may end: 加V, 加个Q. Further off, the letter is a size
     * or a model ({@code add a Q size}, 联系客服换V款).
     */
    private static final int CTA_BEFORE_LETTER = 1;
    private static final int REQUEST_BEFORE = 28;
    private static final int REQUEST_AFTER = 3;
    /** How far before a phone or e-mail word a request for it may start: "send me your phone", not "… and I'll call you". */
    private static final int ASK_BEFORE = 12;
    private static final int NEGATION_BEFORE = 24;
    /** Where a possessive that owns a phone word may start, before it ({@code наш телефон}) or as its start ({@code my number}). */
    private static final int OWNER_BEFORE = 5;
    private static final int OWNER_WITHIN = 3;
    /**
     * How far after a channel word a pointer may start: 微信号在我头像里, 联系方式见头像, {@code WhatsApp number
     * is in my bio}. 微信头像, the avatar on WeChat, is an idiom.
     */
    private static final int POINTER_AFTER = 12;
    /** How far before a channel word a pointer may end: 头像上有我的微信, {@code check the card in the box for our WhatsApp}. */
    private static final int POINTER_BEFORE = 12;
    /** How far from a sound-alike a pointer may lie: 维信号在我头像里. */
    private static final int POINTER_CLOSE = 4;
    private static final int CHANNEL = TermKind.CHANNEL.ordinal();
    /** The channel value of words that name contact details of any kind: 联系方式, contact details, контакты. */
    private static final String CONTACT = "contact";
    /** The channel value of words for a QR code (二维码, 扫码, {@code QR code}): it leads to some channel and is no account. */
    private static final String QR_CODE = "qrcode";

    @Override
    public String id() {
        return "channel";
    }

    @Override
    void detect(ScanState s, DetectionSink sink) {
        TermHits hits = s.hits;
        int lastEnd = -1;
        for (int h = 0; h < hits.size; h++) {
            if (hits.kind[h] == CHANNEL && hits.start[h] >= lastEnd) {
                lastEnd = Math.max(lastEnd, examine(s, h, sink));
            }
        }
        s.contacts.sortByEnd(); // the messenger ids it added come after the contact detector's, which the intent detector looks up by end
    }

    /**
     * Reports the channel name of hit {@code h} when an id, a call to action or a request goes with it.
     *
     * @return where the reported span ends in the normalized text, or -1 when nothing was reported
     */
    private static int examine(ScanState s, int h, DetectionSink sink) {
        TermHits hits = s.hits;
        Term t = s.term(h);
        int start = hits.start[h];
        int nameEnd = hits.end[h];
        if (longerChannelCovers(s, h) || s.hitCovering(TermKind.IDIOM, h) >= 0) {
            return -1;
        }
        if (!isMessenger(t)) {
            int asked = askedFor(s, t, h, sink);
            return asked >= 0 ? asked : pointedTo(s, t, h, false, sink);
        }
        boolean qr = t.value().equals(QR_CODE);
        if (qr && namedElsewhere(s, h)) {
            return -1;
        }
        int end = qr ? nameEnd : qrCodeEnd(s, h); // "the WeChat QR code to add me": what follows the name follows its QR code
        if (t.prefix()) {
            end = Chars.lettersEnd(s.text.chars, end, s.text.length); // в инстаграме: glowhaven_ru: the id follows the inflection
        }
        long id = qr ? Span.NONE : IdReader.read(s.text.chars, s.text.length, end, t.weak() ? 2 : 12, t.weak());
        // the tests below only look things up; those that most often leave a name alone come first
        int cta = -1;
        int request = -1;
        if (id < 0) {
            if (s.hitAfter(TermKind.FEATURE, end, 3, h) >= 0) {
                return -1; // "WeChat Pay", "Telegram notifications": a product feature
            }
            id = qr ? Span.NONE : IdReader.readBefore(s.text.chars, s.text.length, start); // "lily0909 是我的微信"
            if (id >= 0 && s.isCode(Span.start(id))) {
                id = Span.NONE;
            }
        }
        if (id < 0) {
            boolean soundAlike = t.bySound() && !s.text.regionEquals(start, nameEnd, s.lexicon.normalized(t.id()));
            // before a QR code the call to action is to scan it (扫描包装上的二维码查看视频): what counts comes after it
            cta = qr ? -1 : s.hitBefore(TermKind.CALL_TO_ACTION, start,
                    nameEnd - start == 1 ? CTA_BEFORE_LETTER : soundAlike || t.weak() ? CTA_BEFORE_WEAK : CTA_BEFORE, h);
            request = s.hitBefore(TermKind.REQUEST, start, REQUEST_BEFORE, h);
            if (request < 0) {
                request = s.hitAfter(TermKind.REQUEST, end, REQUEST_AFTER, h); // 你微信多少？
            }
            if (cta < 0 && request < 0 && s.hitAfter(TermKind.CALL_TO_ACTION, end, soundAlike ? 4 : CTA_AFTER, h) < 0) {
                // a QR code printed on the manual or a card is how many products show their videos: no pointer makes it one
                // a sound-alike is pointed to only as an account (维信号在我头像里), not as a word (品牌威信在头像上体现)
                return qr || soundAlike && !s.lexicon.normalized(t.id()).endsWith("号") ? -1 : pointedTo(s, t, h, soundAlike, sink);
            }
            if (t.weak() && cta < 0 && s.hitBefore(TermKind.REQUEST, start, 8, h) < 0) {
                return -1; // "WA", "V" (cta looked 8 chars back): a channel only when an id or a call to action sits right next to it
            }
        }
        if (negated(s, start, h)) {
            return -1;
        }
        String name = display(t.value());
        String how = disguise(s, t, start, nameEnd);
        if (id >= 0) {
            int from = Math.min(start, Span.start(id));
            int to = Math.max(end, Span.end(id));
            s.contacts.add(4, 0, from, to);
            sink.report(new Detection(Category.CONTACT_INFO, "contact.messenger-id", s.originalStart(from),
                    s.originalEnd(to), Confidence.CERTAIN, sentence(name + " id shared", name, how), evidence(t, how)));
            return to;
        }
        sink.report(new Detection(Category.OFF_PLATFORM_CHANNEL, request >= 0 && cta < 0 ? "channel.request" : "channel.invite",
                s.originalStart(start), s.originalEnd(end), Confidence.CERTAIN,
                sentence(request >= 0 && cta < 0 ? "Asks for the buyer's " + name + " to talk outside the platform"
                        : qr ? "Invites the buyer to scan a QR code to talk outside the platform"
                        : "Invites the buyer to talk on " + name, name, how),
                evidence(t, how)));
        return end;
    }

    /**
     * Reports a phone, e-mail or contact-details word that a request for the buyer's own goes with ({@code send me your
     * phone number}, 留下您的电话, 您的手机号多少, {@code Оставьте ваш email}, 留个联系方式); the numbers and addresses
     * themselves are the contact detector's. A request marked weak ({@code 您的}: "your") is no request here, and a
     * phone word that is part of a code's name ({@code номер заказа}, 订单号码) names no phone.
     *
     * @return where the reported span ends, or -1 when nothing was reported
     */
    private static int askedFor(ScanState s, Term t, int h, DetectionSink sink) {
        int start = s.hits.start[h];
        int end = s.hits.end[h];
        int request = s.hitBefore(TermKind.REQUEST, start, ASK_BEFORE, h);
        while (request >= 0 && s.term(request).weak()) {
            int cover = s.hitCovering(TermKind.REQUEST, request); // 给我您的 over 您的
            if (cover >= 0) {
                request = cover;
                break;
            }
            int before = s.hits.start[request];
            request = s.hitBefore(TermKind.REQUEST, before, ASK_BEFORE - (start - before), request);
        }
        if (request < 0) {
            request = s.hitAfter(TermKind.REQUEST, end, REQUEST_AFTER, h);
        }
        if (request < 0 || negated(s, start, h) || s.hitBefore(TermKind.CODE_LABEL, start, 1, h) >= 0
                || s.hitAfter(TermKind.CODE_LABEL, end, 2, h) >= 0) {
            return -1;
        }
        sink.report(new Detection(Category.OFF_PLATFORM_CHANNEL, "channel.request", s.originalStart(start),
                s.originalEnd(end), Confidence.CERTAIN, "Asks for the buyer's " + details(t) + " to talk outside the platform.",
                Map.of("channel", t.value())));
        return end;
    }

    /**
     * Reports a channel or contact word of hit {@code h} that a pointer to the seller's profile or a card in the parcel goes
     * with, in its clause and not negated: 微信号在我头像里, 联系方式见头像, 头像上有我的微信, {@code my WhatsApp is in my bio},
     * {@code my number is in the package insert}. A sound-alike (维信号) needs the pointer close to it.
     *
     * @return where the reported span ends, or -1 when nothing was reported
     */
    private static int pointedTo(ScanState s, Term t, int h, boolean close, DetectionSink sink) {
        int start = s.hits.start[h];
        int numberEnd = t.value().equals("phone") ? numberEnd(s, h) : -1;
        int end = Math.max(s.hits.end[h], numberEnd); // "phone number is on the card": the pointer follows the number word
        int pointer = s.hitAfter(TermKind.POINTER, end, close ? POINTER_CLOSE : POINTER_AFTER, h);
        if (pointer < 0) {
            pointer = s.hitBefore(TermKind.POINTER, start, close ? POINTER_CLOSE : POINTER_BEFORE, h);
        }
        if (pointer < 0 || negated(s, Math.min(start, s.hits.start[pointer]), h) || s.hitAfter(TermKind.FEATURE, end, 3, h) >= 0) {
            return -1;
        }
        // a phone in the parcel or a phone case on the homepage is a product: a card counts for a messenger or for the
        // seller's own number only (my number, 我的手机号), and a phone word only as a number (手机号, phone number)
        boolean number = numberEnd >= 0;
        if (!isMessenger(t) && (s.term(pointer).weak() && !(number && owned(s, h)) || t.value().equals("phone") && !number)) {
            return -1;
        }
        int from = Math.min(start, s.hits.start[pointer]);
        int to = Math.max(end, s.hits.end[pointer]);
        sink.report(new Detection(Category.OFF_PLATFORM_CHANNEL, "channel.pointer", s.originalStart(from), s.originalEnd(to),
                Confidence.CERTAIN, "Points the buyer to the seller's " + details(t) + " shown elsewhere ("
                        + s.excerpt(s.hits.start[pointer], s.hits.end[pointer]) + ").",
                Map.of("channel", t.value())));
        return to;
    }

    /**
     * Where the phone word of hit {@code h} ends when it names a number: 手机号, 号码, {@code my number}, {@code номер}, or
     * with a number word right after it ({@code phone number}, 电话号码), the end of that word.
     *
     * @return the end, or -1 when the word names no number ({@code phone}, 手机)
     */
    private static int numberEnd(ScanState s, int h) {
        if (isNumberWord(s.lexicon.normalized(s.hits.term[h]))) {
            return s.hits.end[h];
        }
        int next = s.hitAfter(TermKind.PHONE_LABEL, s.hits.end[h], 1, h);
        return next >= 0 && isNumberWord(s.lexicon.normalized(s.hits.term[next])) ? s.hits.end[next] : -1;
    }

    /** Whether a possessive (my, our, 我的, наш) starts the word of hit {@code h} or comes right before it. */
    private static boolean owned(ScanState s, int h) {
        int start = s.hits.start[h];
        for (int i = s.hitWithin(TermKind.INTENT, start - OWNER_BEFORE, start + OWNER_WITHIN); i >= 0;
                i = s.nextWithin(TermKind.INTENT, start - OWNER_BEFORE, start + OWNER_WITHIN, i)) {
            if (s.term(i).value().equals(IntentDetector.POSSESSIVE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumberWord(String w) {
        return w.endsWith("号") || w.endsWith("号码") || w.endsWith("number") || w.startsWith("номер");
    }

    /** What a channel or contact word of term {@code t} stands for: a phone number, contact details, a WeChat account. */
    private static String details(Term t) {
        return switch (t.value()) {
            case "phone" -> "phone number";
            case "email" -> "e-mail address";
            case CONTACT -> "contact details";
            default -> display(t.value()) + " account";
        };
    }

    /** The explanation: what was found, then how the name was disguised, if it was. */
    private static String sentence(String found, String name, String how) {
        return Evasion.sentenceWith(found, how.isEmpty() ? how : name + " " + how);
    }

    /**
     * A channel one talks on through an account, rather than the phone and e-mail the contact detector reads, or words
     * for contact details in general.
     */
    private static boolean isMessenger(Term t) {
        return !t.value().equals("phone") && !t.value().equals("email") && !t.value().equals(CONTACT);
    }

    /**
     * Whether where the QR code of hit {@code h} leads is named, and is the finding if any: a messenger after it in its
     * clause (扫码加客服微信, 扫一扫下方二维码) or right before it ({@code your WeChat QR code}), or a marketplace after it
     * ({@code scan the QR code to contact Amazon customer service}).
     */
    private static boolean namedElsewhere(ScanState s, int h) {
        int next = s.hitAfter(TermKind.CHANNEL, s.hits.end[h], CTA_BEFORE, h);
        int before = s.hitBefore(TermKind.CHANNEL, s.hits.start[h], 1, h);
        return next >= 0 && isMessenger(s.term(next)) || before >= 0 && isMessenger(s.term(before))
                || s.hitAfter(TermKind.MARKETPLACE, s.hits.end[h], CTA_BEFORE, h) >= 0;
    }

    /** Where the QR code right after the messenger of hit {@code h} ends ({@code WeChat QR code}), or the name's end. */
    private static int qrCodeEnd(ScanState s, int h) {
        int next = s.hitAfter(TermKind.CHANNEL, s.hits.end[h], 1, h);
        return next >= 0 && s.term(next).value().equals(QR_CODE) ? s.hits.end[next] : s.hits.end[h];
    }

    /**
     * Whether a channel value names a way to talk of its own: contact details (联系方式) and a QR code lead to one
     * without naming it, so a phone number after them was shared as a phone number.
     */
    static boolean namesChannel(String value) {
        return !value.equals(CONTACT) && !value.equals(QR_CODE);
    }

    /** Whether another channel hit spans this one (微信号 over 微信). */
    private static boolean longerChannelCovers(ScanState s, int h) {
        int k = s.hitCovering(TermKind.CHANNEL, h);
        return k >= 0 && isMessenger(s.term(k));
    }

    /**
     * A negation earlier in the clause that is not part of a call to action ("don't hesitate to …") or of an idiom
     * (能不能, "can or can't", asks).
     */
    static boolean negated(ScanState s, int start) {
        return negated(s, start, -1);
    }

    /** {@link #negated(ScanState, int)} with a hint: the index of a hit near {@code start}. */
    static boolean negated(ScanState s, int start, int hint) {
        return denies(s, s.hitBefore(TermKind.NEGATION, start, NEGATION_BEFORE, hint));
    }

    /**
     * Whether the negation hit {@code neg} (-1 for none) says no: not when a call to action ("don't hesitate to …") or an
     * idiom (能不能, 是不是, asking) holds it.
     */
    static boolean denies(ScanState s, int neg) {
        return neg >= 0 && s.hitCovering(TermKind.CALL_TO_ACTION, neg) < 0 && s.hitCovering(TermKind.IDIOM, neg) < 0;
    }

    /** How the channel name was disguised, or empty when written plainly. */
    private static String disguise(ScanState s, Term t, int start, int end) {
        String original = s.excerpt(start, end);
        String normalized = s.text.subSequence(start, end).toString();
        boolean hasHan = false;
        for (int i = start; i < end; i++) {
            hasHan |= Chars.isHan(s.text.chars[i]); // the chars, not the string: see WordTable on loops over strings
        }
        if (t.bySound() && !normalized.equals(s.lexicon.normalized(t.id()))) {
            return hasHan ? "written as the sound-alike " + original : "spelled in pinyin as " + original;
        }
        if (t.lang().equals("abbr")) {
            return "abbreviated as " + original;
        }
        String e = Evasion.of(original);
        if (!e.isEmpty()) {
            return e;
        }
        if (!original.toLowerCase(java.util.Locale.ROOT).replace(" ", "").equals(normalized.replace(" ", ""))) {
            return "disguised as " + original;
        }
        return "";
    }

    private static Map<String, String> evidence(Term t, String how) {
        if (how.isEmpty()) {
            return Map.of("channel", t.value());
        }
        return Map.of("channel", t.value(), "evasion", how.startsWith("written as the sound-alike") ? "homophone"
                : how.startsWith("spelled in pinyin") ? "pinyin" : how.startsWith("abbreviated") ? "abbreviation" : "disguise");
    }

    static String display(String channel) {
        return switch (channel) {
            case "wechat" -> "WeChat";
            case "alipay" -> "Alipay";
            case "qq" -> "QQ";
            case "whatsapp" -> "WhatsApp";
            case "telegram" -> "Telegram";
            case "line" -> "LINE";
            case "vk" -> "VK";
            case "tiktok" -> "TikTok";
            case "douyin" -> "Douyin";
            case "xiaohongshu" -> "Xiaohongshu (RED)";
            case "googlemeet" -> "Google Meet";
            case "teams" -> "Microsoft Teams";
            case "dingtalk" -> "DingTalk";
            case "tencentmeeting" -> "Tencent Meeting";
            case QR_CODE -> "QR code";
            default -> Character.toUpperCase(channel.charAt(0)) + channel.substring(1);
        };
    }
}
