package dev.closeloop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
