package dev.closeloop.internal;

import dev.closeloop.Category;
import dev.closeloop.spi.Confidence;
import dev.closeloop.spi.Detection;
import dev.closeloop.spi.DetectionSink;

import java.util.Map;

/**
 * Finds contact details written into a message: phone numbers, e-mail addresses, links and bare
 * domains, and {@code @handles}. Reads the normalized text, so disguised forms
 * ({@code 一五九 二七三零…}, {@code name 艾特 163 点 com}, {@code ｊｏｈｎ＠ｑｑ．ｃｏｍ}) are found like plain ones.
 *
 * <p>Number shapes decide first ({@link PhoneShape}); words decide what the shape leaves open:
 * an order, tracking or product label before a number ({@code 订单号}, {@code tracking},
 * {@code артикул}) makes it a code, a phone word or channel name makes a possible number a phone.
 */
final class ContactDetector extends BuiltInDetector {
    private static final int LABEL_WINDOW = 24;
    private static final int SPACED_ADDRESS = TermKind.SPACED_ADDRESS.ordinal();

    @Override
    public String id() {
        return "contact";
    }

    @Override
    void detect(ScanState s, DetectionSink sink) {
        char[] c = s.text.chars;
        int n = s.text.length;
        long lastEmail = findAddresses(s, c, n, sink);
        if (s.text.digitRunCount > 0) {
            findPhones(s, c, n, sink);
        }
        if (s.scan.sawAt) {
            findHandles(s, c, n, sink, lastEmail);
        }
        s.contacts.sortByEnd();
    }

    /** @return the {@link Span} of the last e-mail address found, or {@link Span#NONE} */
    private long findAddresses(ScanState s, char[] c, int n, DetectionSink sink) {
        AddressScanner a = s.addresses;
        a.reset(s.text);
        long lastEmail = Span.NONE;
        for (int i = 0; i < n; ) {
            int next = a.next(c, n, i);
            if (next < 0) {
                break;
            }
            String excerpt = s.excerpt(a.start, a.end);
            s.contacts.add(a.kind.ordinal(), 0, a.start, a.end);
            if (a.kind == AddressScanner.Kind.EMAIL) {
                lastEmail = Span.of(a.start, a.end);
                sink.report(new Detection(Category.CONTACT_INFO, "contact.email", s.originalStart(a.start),
                        s.originalEnd(a.end), Confidence.CERTAIN,
                        a.spelledAt ? "E-mail address shared, with its @ or dot spelled out to pass filters."
                                : a.russianDomain ? "E-mail address shared, with its domain written in Russian letters to pass filters."
                                : Evasion.sentence("E-mail address shared", excerpt),
                        Map.of("host", a.host, "channel", "email")));
            } else {
                reportLink(s, a, sink);
            }
            i = next;
        }
        if (s.hits.hasKind(SPACED_ADDRESS)) {
            findSpacedLinks(s, c, n, sink);
        }
        return lastEmail;
    }

    /** Links written with spaces for their dots ({@code www glowhaven com}), around the words that mark them. */
    private static void findSpacedLinks(ScanState s, char[] c, int n, DetectionSink sink) {
        AddressScanner a = s.addresses;
        TermHits hits = s.hits;
        for (int h = 0; h < hits.size; h++) {
            if (hits.kind[h] == SPACED_ADDRESS && !s.contactWithin(hits.start[h], hits.end[h])
                    && a.spacedLink(c, n, hits.start[h], hits.end[h]) && !s.contactWithin(a.start, a.end)) {
                s.contacts.add(a.kind.ordinal(), 0, a.start, a.end);
                s.contacts.sortByEnd(); // the next lookup searches them by end
                reportLink(s, a, sink);
            }
        }
    }

    private static void reportLink(ScanState s, AddressScanner a, DetectionSink sink) {
        String channel = Domains.INSTANCE.channelOf(a.host);
        sink.report(new Detection(Category.EXTERNAL_LINK, "link.url", s.originalStart(a.start),
                s.originalEnd(a.end), Confidence.CERTAIN,
                channel != null ? "Link to " + channel + " outside the platform (" + a.host + ")."
                        : "Link to an outside site (" + a.host + ").",
                channel != null ? Map.of("host", a.host, "channel", channel) : Map.of("host", a.host)));
    }

    private void findPhones(ScanState s, char[] c, int n, DetectionSink sink) {
        PhoneScanner p = s.phones;
        p.reset(s.text);
        for (int i = 0, next; (next = p.next(c, n, i)) >= 0; i = next) {
            PhoneShape shape = p.shape();
            if (shape == PhoneShape.NONE || s.isCode(p.start)) {
                continue;
            }
            if (shape == PhoneShape.POSSIBLE && !labelled(s, p)) {
                continue;
            }
            String excerpt = s.excerpt(p.start, p.end);
            s.contacts.add(2, 0, p.start, p.end);
            int channel = s.hitBefore(TermKind.CHANNEL, p.start, LABEL_WINDOW);
            String via = channel >= 0 ? s.term(channel).value() : "phone";
            if (!ChannelDetector.namesChannel(via)) {
                via = "phone"; // 联系方式, 扫码 name no channel
            }
            // a marketplace's own support number names its host, which the policy of that marketplace allows
            String host = MarketplaceNumbers.INSTANCE.hostOf(p.digits, p.digitCount);
            sink.report(new Detection(Category.CONTACT_INFO, "contact.phone", s.originalStart(p.start),
                    s.originalEnd(p.end), Confidence.CERTAIN, host != null ? "Phone number of " + host + "'s customer service shared."
                            : Evasion.sentenceWith("Phone number shared", Evasion.ofNumber(excerpt)),
                    host != null ? Map.of("channel", via, "host", host) : Map.of("channel", via)));
        }
    }

    /** A phone word or channel name before the number, or "same number" / a channel name right after it. */
    private static boolean labelled(ScanState s, PhoneScanner p) {
        return s.hitBefore(TermKind.PHONE_LABEL, p.start, LABEL_WINDOW) >= 0
                || s.hitBefore(TermKind.CHANNEL, p.start, LABEL_WINDOW) >= 0
                || s.hitAfter(TermKind.SAME_NUMBER, p.end, 8) >= 0
                || s.hitAfter(TermKind.CHANNEL, p.end, 6) >= 0;
    }

    private void findHandles(ScanState s, char[] c, int n, DetectionSink sink, long lastEmail) {
        for (int i = 0; i < n; i++) {
            while (c[i] != '@') {
                if (++i == n) {
                    return;
                }
            }
            if (lastEmail >= 0 && i >= Span.start(lastEmail) && i < Span.end(lastEmail)) {
                continue;
            }
            if (i > 0 && (Chars.isLatin(c[i - 1]) || Chars.isDigit(c[i - 1]))) {
                continue; // part of an address the e-mail scanner judged
            }
            int h = i + 1;
            if (h < n && c[h] == ' ') {
                h++;
            }
            int e = h;
            boolean letter = false;
            boolean marked = false;
            while (e < n && (Chars.isLatin(c[e]) || Chars.isDigit(c[e]) || c[e] == '_' || c[e] == '.')) {
                letter |= Chars.isLatin(c[e]);
                marked |= !Chars.isLatin(c[e]);
                e++;
            }
            while (e > h && c[e - 1] == '.') {
                e--;
            }
            int channel = s.hitBefore(TermKind.CHANNEL, i, LABEL_WINDOW);
            String name = channel >= 0 ? s.term(channel).value() : null;
            if (!letter || e - h < 4 || name == null && !marked) {
                continue; // "@all", "@everyone": mentions, not accounts
            }
            s.contacts.add(3, 0, i, e);
            sink.report(new Detection(Category.CONTACT_INFO, "contact.handle", s.originalStart(i), s.originalEnd(e),
                    name != null ? Confidence.CERTAIN : Confidence.POSSIBLE,
                    name != null ? Evasion.sentence("Account handle on " + name + " shared", s.excerpt(i, e))
                            : "Account handle shared; it may lead the buyer to an outside channel.",
                    name != null ? Map.of("channel", name) : Map.of()));
            i = e;
        }
    }
}
