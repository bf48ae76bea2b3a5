package dev.closeloop.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizerTest {

    static NormalizedText normalize(String s) {
        NormalizedText out = new NormalizedText();
        Normalizer.normalize(s, new NormalizedText(), out);
        return out;
    }

    @Test
    void hanziHangulAndPrivateUseChars_areKeptAsTheyAre() {
        assertEquals("微信 한국 \ue000", normalize("微信 한국 \ue000").toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ＪＯＨＮ＠ＱＱ．ＣＯＭ | john@qq.com",
            "１５７ ６２０４ ３１８９ | 157 6204 3189",
            "①⑧⑥-⑤⓪③⑦-②⑨④① | 186-5037-2941",
            "2️⃣1️⃣2️⃣ 5️⃣5️⃣5️⃣ | 212 555",
            "一五九 二七三零 八四六一 | 159 2730 8461",
            "幺五零 八八幺二 六三七四 | 150 8812 6374",
            "壹捌柒 贰陆伍叁 零玖壹肆 | 187 2653 0914",
            "壹捌柒 貳陸伍參 零玖壹肆 | 187 2653 0914",
            "兩兩三 壹參捌 零零零 | 223 138 000",
            "企鹅号 3 one 5 8 二 0 9 7 4 | 企鹅号 3 1 5 8 2 0 9 7 4",
            "six four six, five five five, zero one eight eight | 6 4 6, 5 5 5, 0 1 8 8",
            "восемь 916 четыреста два 77 19 | 8 916 402 77 19",
            "916 четыреста два 77 19 | 916 402 77 19",
            "138-1234 five 678 | 138-1234 5 678",
            "12 34 56 seven | 12 34 56 7",
            "1叁8 1234 5678 | 138 1234 5678",
            "138OO138OOO | 13800138000",
            "+7 9I6 555 O1 23 | +7 916 555 01 23",
            "+86 138 OO13 8OOO | +86 138 0013 8000",
            "l38 0013 8000 | 138 0013 8000",
            "l38, oil 5, lol 12 | l38, oil 5, lol 12",
            "(212) 555-oloo, 555-lol | (212) 555-0100, 555-lol",
            "订单号 2O24O5O1 | 订单号 20240501",
            "заказ 1оо500 | заказ 100500",
            "100 oil, 2l, 10 lol, 1000l | 100 oil, 2l, 10 lol, 1000l",
            "call me 1oo now, 100ok, 1o1o | call me 1oo now, 100ok, 1o1o",
            "@555oo lily_138oo138ooo | @555oo lily_138oo138ooo",
            "tel 139 1234 5678 九 | tel 139 1234 5678 9",
            "订单 8194620375128841 已发货 | 订单 8194620375128841 已发货",
            "15-25天到 123 456 789 | 15-25天到 123 456 789",
            "tеlеgrаm | telegram",
            "nοrthpeak-gear.cοm | northpeak-gear.com",
            "shop.сом | shop.com",
            "аре@yandex.ru | ape@yandex.ru",
            "Спасибо за заказ. | спасибо за заказ.",
            "магазин.сом | магазин.com",
            "αβγ.com | αβγ.com",
            "cozy\u200bknots | cozyknots",
            "W.h.a.t.s.a.p.p 917 | whatsapp 917",
            "w h a t s а p p, т е л е г р а м | whatsapp, телеграм",
            "w w w . bellarosa . c o m | www . bellarosa . com",
            "v x：ozon_lina77 | vx:ozon_lina77",
            "一样的亲 | 一样的亲",
            "one or two | one or two",
            "eight one eight, oh one three two | 8 1 8, 0 1 3 2",
            "oh, five stars | oh, five stars",
            "十五年 | 十五年",
            "微❤ | 微❤",
            "V💕 | v❤",
    })
    void normalize_folds(String in, String expected) {
        assertEquals(expected, normalize(in).toString());
    }

    @Test
    void traditionalHanzi_foldToSimplified_asDoCompatibilityIdeographsOfThem() {
        assertEquals("联系我的line帐号", normalize("聯繫我的LINE帳號").toString());
        assertEquals("幺五零", normalize("幺五零").toString()); // 幺, a digit in phone numbers, is no traditional 么
        assertEquals("岂车", normalize("\uf900\uf902").toString()); // 豈 車 as compatibility ideographs
        // chars that simplified text writes too stay as they are
        assertEquals("乾坤 著名", normalize("乾坤 著名").toString());
        // one char for one: findings in traditional text keep their offsets (DetectionCasesTest checks their excerpts)
        assertEquals(5, normalize("請加我微信").implicitSpans);
    }

    @Test
    void traditionalTable_foldsEachCharOnce() {
        char[] fold = new char[65536];
        Normalizer.readFolds(Resources.bytes(Normalizer.FOLDS), fold, new java.util.HashMap<>());
        Normalizer.readTraditional(Resources.bytes(Normalizer.TRADITIONAL), fold);
        int folded = 0;
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            char hanzi = (char) c;
            assertEquals(fold[c], fold[fold[c]], () -> "folding twice differs from folding once at " + hanzi);
            folded += fold[c] != c ? 1 : 0;
        }
        assertTrue(folded > 2500, folded + " Hanzi fold");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"聯", "聯\t", "聯\t联联", "a\tb", "联\t联", "聯 联", "聯\tab", "é\t联"})
    void damagedTraditionalLine_isRejectedWithWhatALineHolds(String line) {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Normalizer.readTraditional(("# header\n" + line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        new char[65536]));
        assertTrue(e.getMessage().startsWith(Normalizer.TRADITIONAL + " is damaged at '"), e.getMessage());
    }

    @Test
    void normalize_collapsesWhiteSpaceAndFoldsMathLetters() {
        assertEquals("ab cd", normalize("ab  \t\n cd ").toString());
        assertEquals("wechat", normalize("\uD835\uDC30\uD835\uDC1E\uD835\uDC1C\uD835\uDC21\uD835\uDC1A\uD835\uDC2D").toString());
    }

    @Test
    void normalize_keepsTheNoncharactersTheFoldTableUsesAsMarks() {
        NormalizedText t = normalize("a\ufffeb\uffff c");
        assertEquals("a\ufffeb\uffff c", t.toString());
        assertEquals(1, t.sourceStart(1));
        assertEquals(4, t.sourceEnd(4));
    }

    @Test
    void offsets_mapBackToSourceOfEveryChar() {
        String s = "加我薇信：①⑩ ｗｘ";
        NormalizedText t = normalize(s);
        for (int i = 0; i < t.length(); i++) {
            assertTrue(t.sourceStart(i) < t.sourceEnd(i + 1));
        }
        int ten = t.toString().indexOf("10");
        assertEquals("⑩", s.substring(t.sourceStart(ten), t.sourceEnd(ten + 2)));
    }

    @Test
    void pictographThatStandsForAWord_isWrittenAsTheWord_eachCharSpanningThePictograph() {
        String s = "加我🐧 123，☎ 8 800";
        NormalizedText t = normalize(s);
        assertEquals("加我企鹅 123,电话 8 800", t.toString());
        for (int i = 2; i < 4; i++) {
            assertEquals("🐧", s.substring(t.sourceStart(i), t.sourceEnd(i + 1)));
        }
        int phone = t.toString().indexOf("电话");
        assertEquals("☎", s.substring(t.sourceStart(phone), t.sourceEnd(phone + 2)));
        assertEquals("thanks 企鹅企鹅 for the order!", normalize("Thanks 🐧🐧 for the order!").toString());
    }

    @Test
    void offsets_areMonotoneAndInsideText_onRandomInput() {
        Random r = new Random(42);
        String alphabet = "ab 1２③一五零\u200b@.-_ＷｅCHat微信薇❤😀🐧☎\ud800七восемь six";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            NormalizedText t = normalize(s);
            int prevStart = 0;
            for (int i = 0; i < t.length(); i++) {
                int st = t.sourceStart(i);
                int en = t.sourceEnd(i + 1);
                assertTrue(0 <= st && st < en && en <= s.length(), s);
                assertTrue(st >= prevStart, s);
                prevStart = st;
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the reading before the first rewrite looked past it, so reading on from there would note other anchors
            ",4点dw⑩1微信23零сто３/0,(⑩+",
            "23a.t３五сто😀零0,.4точка23/  два艾特eight😀零",
            ".двадцать一eight零((сто艾特一at艾特zero23十se.1eight",
            // read on from the first rewrite
            "a 10 零 восемь 23",
            "五  23 два 订单零a ⑩ 零 восемь 23-",
            "reach me on W.h.a.t.s.a.p.p 917 555 0139.",
            "电话 一五九 二七三零 八四六一（微信同号）",
            // a letter that looks like a digit is a unit or a digit by the group after it, which a rewrite may make
            "1000l 五五五五五 a.t",
            "a 138oo 五 8ooo dot 1000l,五",
    })
    void notesOfARewrittenText_areThoseAReadingOfItFromTheStartMakes(String text) {
        assertEquals(notesFromTheStart(normalize(text)), notes(normalize(text)));
    }

    @Test
    void notesOfARewrittenText_areThoseAReadingOfItFromTheStartMakes_onRandomInput() {
        Random r = new Random(11);
        // numerals, number words and spelled-out letters to rewrite, next to digits, signs and words that anchor
        String[] pieces = {"1", "23", "0", "-", ".", "/", ",", "(", "+", "a", "d", "at", "dot", "a.t", "т", "с", "五", "零", "一",
            "十", "one", "six", "five", "eight", "zero", "se", "восемь", "два", "сто", "двадцать", "⑩", "３", "订单", "点", "艾特",
            "@", "w", "h", "b c", "собака", "точка", "ab", "😀", "o", "oo", "l", "i", "о"};
        String[] between = {"", "", " ", "  "};
        int compared = 0;
        for (int round = 0; round < 100_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(24); i > 0; i--) {
                sb.append(pieces[r.nextInt(pieces.length)]).append(between[r.nextInt(between.length)]);
            }
            NormalizedText passOne = new NormalizedText();
            Normalizer.foldCodePoints(sb.toString(), passOne);
            NormalizedText once = normalize(sb.toString());
            if (once.toString().equals(passOne.toString()) || once.anchorCount < 0) {
                continue; // nothing rewritten; or a word mixed scripts, and the address scanner reads every char
            }
            compared++;
            assertEquals(notesFromTheStart(once), notes(once), () -> sb + " -> " + once);
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    /** The notes of pass two's reading of {@code t}'s chars from the first one on. */
    private static String notesFromTheStart(NormalizedText t) {
        NormalizedText fresh = new NormalizedText();
        fresh.reset(t.originalLength);
        fresh.appendRange(t, 0, t.length);
        Normalizer.readTokens(fresh, null, new NumberRun());
        return notes(fresh);
    }

    private static String notes(NormalizedText t) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < t.digitRunCount; k++) {
            s.append(t.digitRuns[k]).append('-').append(t.digitRunEnds[k]).append(' ');
        }
        s.append("| ");
        for (int k = 0; k < t.anchorCount; k++) {
            s.append(t.anchors[k]).append(' ');
        }
        return s.toString();
    }

    @Test
    void digitRuns_areWhereEveryRunOfDigitsStarts_onRandomInput() {
        Random r = new Random(7);
        // digits in groups with separators, numerals and number words that pass two rewrites, signs that expand
        String[] pieces = {"1", "23", "4", " ", "-", ".", "/", "a", "x", "五", "零", "one", " six ", "восемь", "⑩", "３",
            "😀", "\u200b", "订单", "w.e.c", "(", "+", "o", "l", "i", "O", "оо"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(16); i > 0; i--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            NormalizedText t = normalize(sb.toString());
            String c = t.toString();
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < c.length(); i++) {
                if (Chars.isDigit(c.charAt(i)) && (i == 0 || !Chars.isDigit(c.charAt(i - 1)))) {
                    expected.append(i).append(' ');
                }
            }
            StringBuilder noted = new StringBuilder();
            for (int k = 0; k < t.digitRunCount; k++) {
                noted.append(t.digitRuns[k]).append(' ');
            }
            assertEquals(expected.toString(), noted.toString(), () -> sb + " -> " + c);
        }
    }
}
