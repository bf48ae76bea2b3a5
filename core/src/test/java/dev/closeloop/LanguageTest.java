package dev.closeloop;

import dev.closeloop.internal.Engine;
import dev.closeloop.internal.ScanState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "加我微信 lily0909 | zh",
            "Please add me on WhatsApp | en",
            "Напишите мне в вотсап | ru",
            "Напишите на WhatsApp +7 926 511-38-04 | ru",
            "Write to me on Telegram, пожалуйста | en",
            "订单号 Заказ | zh",
            "亲 Заказ отправлен | ru",
            "12345 ,.!? | en",
            "'' | en",
            "ＡＢＣ 全角 | zh",
            "HELLO Привет мир | ru",
            "㐀 only an extension-A Hanzi | en",
            "Ԁ Ӏ ё Ѐ | ru"})
    void of_picksTheLanguageByItsLetters(String text, String expected) {
        assertEquals(expected, Language.of(text));
    }

    @Test
    void of_countsPastOneMillionCharsWithoutOverflow() {
        // more Latin letters than one packed count holds, and Cyrillic spread over several chunks
        String latin = "a".repeat(2_500_000);
        String cyrillic = "я".repeat(2_600_000);
        assertEquals("ru", Language.of(latin + cyrillic));
        assertEquals("en", Language.of(cyrillic.substring(1_000_000) + latin));
        assertEquals("zh", Language.of(latin + "中" + "я".repeat(2)));
        assertEquals("ru", Language.of("中" + "я".repeat(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"加我微信 lily0909", "Please add me", "Напишите мне", "亲 Заказ", "⼀⼆ radicals fold into Hanzi",
            "豈 a compatibility ideograph", "a\u0483 combining titlo, dropped", "ＡＢＣ", "\uD835\uDC00 math A", "\u200Bя",
            "ωмега", "", "12345"})
    void of_withWhatPassOneSaw_agreesWithACount(String text) {
        assertEquals(Language.of(text), withHints(text), text);
    }

    @Test
    void of_withWhatPassOneSaw_agreesWithACountOnRandomTexts() {
        // chars pass one keeps, folds into another block, or drops
        String pool = "aZ0 .яЯё\u0483\u0489ωΩ中国\u4E00\u9FFF\u4DFF\u3400⼀\u2FD5豈\uFA6DＡｚ\u200B\uFE0F\u00AD①\uD83D\uDE00";
        Random r = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                sb.append(pool.charAt(r.nextInt(pool.length())));
            }
            String text = sb.toString();
            assertEquals(Language.of(text), withHints(text), text);
        }
    }

    private static String withHints(String text) {
        ScanState s = ScanState.acquire();
        try {
            s.prepare(text, null, Engine.standard().lexicon());
            return Language.of(s.originalChars(), text.length(), s.originalMayHaveCyrillic());
        } finally {
            s.release();
        }
    }
}
