package dev.closeloop.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressScannerTest {

    @Test
    void passTwoNotes_everyCharThatMayAnchor_andNoOther() {
        for (int c = 0; c < 65536; c++) {
            boolean noted = (NumberRun.tokenOrAnchor((char) c) & NumberRun.ANCHOR) != 0;
            assertEquals(AddressScanner.mayAnchor((char) c), noted, Integer.toHexString(c));
        }
    }

    /** Pieces random texts are made of: signs, spelled signs, digit groups, numerals, words of three scripts, Hanzi. */
    private static final String[] PIECES = {
            "a", "at", "d", "dot", "com", "shop", "mail", "163", "qq", "gmail", "ru", "cn", "me", "t", "www",
            "http://", "3", "25", "0909", "8.985", ".", "@", "#", "(", ")", "[", "]", "{", "<", ":", "/", "-",
            "_", "+", " ", "  ", "点", "點", "艾特", "圈a", "艾", "圈", "собака", "точка", "с", "т", "яндекс", "т.ме",
            "ｊｏｈｎ", "＠", "．", "。", "lilyсобака", "ivanс", "αс", "一五九", "three", "six", "w e c h a t", "W.h.a.t.s", "加我", "微信", "号",
            "sunlin0719", "lily_0909", "ÀB", "and", "ate", "dots", "delivery", "точками", "собаках", "ток", "сом",
            "ру", "мейл", "ком", "лист", "py",
    };

    /** The addresses the scanner finds in a normalized text, as kind, span and host joined by "|". */
    private static String addresses(NormalizedText t) {
        AddressScanner a = new AddressScanner();
        a.reset(t);
        List<String> found = new ArrayList<>();
        for (int i = 0, next; (next = a.next(t.chars, t.length, i)) >= 0; i = next) {
            found.add(a.kind + " " + t.toString().substring(a.start, a.end) + " " + a.host + " " + a.spelledAt);
        }
        return String.join("|", found);
    }

    private static String addresses(String text) {
        return addresses(NormalizerTest.normalize(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "write to john@qq.com today; EMAIL john@qq.com qq.com false",
            "sunlin0719 艾特 163 点 com; EMAIL sunlin0719 艾特 163 点 com 163.com true",
            "lily0909at163.com; EMAIL lily0909at163.com 163.com true",
            "glowhaven dot com, code 20; URL glowhaven dot com glowhaven.com false",
            "price 3.25, see shop.example.com/a; URL shop.example.com/a shop.example.com false",
            "订单 8194620375128841 已发货。物流 LP00638291047562; ''",
            "mail john+@qq.com; EMAIL john+@qq.com qq.com false",
            "mail ivan_ @ mail.ru; EMAIL ivan_ @ mail.ru mail.ru false",
            "site my-shop .com; URL my-shop .com my-shop.com false",
            // a dot and a space: a sentence's end, or a domain written apart, whose next label is a TLD or has a dot after it
            "we ship a new one. Thanks. Bye; ''",
            "shop at glowhaven. com today; URL glowhaven. com glowhaven.com false",
            "see www. glowhaven. shop now; URL www. glowhaven. shop glowhaven.shop false",
            // an e-mail address's domain in Russian letters (ру after a dot is folded to py), or with a space for its dot
            "пишите ivan собака яндекс точка ру; EMAIL ivan собака яндекс точка ру yandex.ru true",
            "пишите ivan.petrov@мейл.ру; EMAIL ivan.petrov@мейл.py mail.ru false",
            "ivan_1 собака gmail ком; EMAIL ivan_1 собака gmail ком gmail.com true",
            "ivan_1 at gmail com; EMAIL ivan_1 at gmail com gmail.com true",
            "look at mail ru now; ''",
            "script main.py and ivan.py; ''",
            // words joined by spelled dots before a local part belong to it
            "ivan dot petrov at gmail dot com; EMAIL ivan dot petrov at gmail dot com gmail.com true",
    })
    void next_findsAddressesWhereverTheirAnchorsStand(String text, String expected) {
        assertEquals(expected, addresses(text));
    }

    /**
     * Pass two notes where anchors may stand instead of the scanner reading every char: in every text it notes them
     * for, every char the scanner would anchor on with a name before it is among them (of the letters, those that
     * start a spelled sign), and the scanner finds the same addresses either way, so an anchor without a name
     * before it, or at a word that spells no sign, finds nothing.
     */
    @Test
    void notedAnchors_holdEveryAnchorAndFindWhatReadingEveryCharFinds() {
        Random r = new Random(20261204);
        int noted = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int p = r.nextInt(12); p >= 0; p--) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            NormalizedText t = NormalizerTest.normalize(text);
            if (t.anchorCount < 0) {
                continue;
            }
            noted++;
            List<Integer> listed = new ArrayList<>();
            for (int i = 0; i < t.anchorCount; i++) {
                listed.add(t.anchors[i]);
            }
            for (int p = 0; p < t.length; p++) {
                if (AddressScanner.mayAnchor(t.chars[p]) && isAnchor(t.chars, t.length, p) && AddressScanner.hasNameBefore(t.chars, p)) {
                    assertTrue(listed.contains(p), "anchor at " + p + " not noted in [" + t + "]: " + listed);
                }
            }
            String fromList = addresses(t);
            t.anchorCount = -1;
            assertEquals(addresses(t), fromList, "[" + text + "]");
        }
        assertTrue(noted > 5_000, "only " + noted + " texts had their anchors noted");
    }

    /**
     * Whether the scanner anchors on char {@code p}, as it tells by the chars at {@code p} and before it, and, at a
     * letter, a spelled sign starts there.
     */
    private static boolean isAnchor(char[] c, int n, int p) {
        char ch = c[p];
        int wordEnd = p;
        while (wordEnd < n && Chars.isLetter(c[wordEnd])) {
            wordEnd++;
        }
        if (wordEnd > p && !AddressScanner.spellsSign(c, p, wordEnd)) {
            return false;
        }
        if (ch == 'a') {
            return p == 0 || !Chars.isLetter(c[p - 1]);
        }
        if (ch == 'd' || ch == 'т') {
            return p == 0 || c[p - 1] == ' ';
        }
        if (ch == 'с') {
            return p == 0 || !Chars.isCyrillic(c[p - 1]);
        }
        return true;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "at; true", "dot; true", "собака; true", "собаках; true", "точка; true", "точками; true",
            "a; false", "and; false", "ate; false", "d; false", "dots; false", "delivery; false", "сом; false", "ток; false",
    })
    void spellsSign_tellsTheWordsAnAnchorLetterStartsThatSpellASign(String word, boolean spells) {
        assertEquals(spells, AddressScanner.spellsSign(word.toCharArray(), 0, word.length()));
    }

    @Test
    void anchors_areNotedUnlessAWordMixesScripts() {
        assertTrue(NormalizerTest.normalize("mail me at lily.shop.com").anchorCount > 0);
        assertTrue(NormalizerTest.normalize("почта lily собака mail.ru").anchorCount > 0, "words of one script each");
        assertEquals(-1, NormalizerTest.normalize("почта lilyсобака mail.ru").anchorCount, "a word mixing scripts");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "W.h.a.t.s.A.p.p lily@qq.com; whatsapp lily@qq.com",
            "电话 一五九 二七三零 八四六一 lily@qq.com; 电话 159 2730 8461 lily@qq.com",
            "call six four six five five five, lily@qq.com; call 6 4 6 5 5 5, lily@qq.com",
    })
    void anchors_ofARewrittenText_standAtItsOwnOffsets(String text, String rewritten) {
        NormalizedText t = NormalizerTest.normalize(text);
        String normalized = t.toString();
        assertEquals(rewritten, normalized);
        List<Integer> listed = new ArrayList<>();
        for (int i = 0; i < t.anchorCount; i++) {
            listed.add(t.anchors[i]);
        }
        assertTrue(listed.contains(normalized.indexOf('@')) && listed.contains(normalized.lastIndexOf('.')),
                "[" + normalized + "]: " + listed);
        assertEquals("EMAIL lily@qq.com qq.com false", addresses(t));
    }
}
