package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharsTest {

    @Test
    void noCharAboveTheLastClassedOne_hasAClass_butTheHeart() {
        for (int i = Chars.LAST_CLASSED + 1; i < 65536; i++) {
            char c = (char) i;
            String at = Integer.toHexString(i);
            assertFalse(Chars.isLatin(c) || Chars.isCyrillic(c) || Chars.isGreek(c) || Chars.isDigit(c), at);
            assertFalse(Chars.isLetter(c) || Chars.isWordChar(c) || Chars.isSeparator(c), at);
            assertEquals(c == Normalizer.HEART, Chars.isNumberGap(c), at);
        }
    }

    @Test
    void theClassesBelowIt_comeFromTheRanges() {
        assertTrue(Chars.isLetter('z') && Chars.isLetter('я') && Chars.isLetter('ԯ') && Chars.isLetter('ω'));
        assertTrue(Chars.isWordChar('7') && !Chars.isLetter('7'));
        assertTrue(Chars.joins('a', '1') && Chars.joins('б', 'в') && !Chars.joins('a', 'б'));
        assertTrue(Chars.isSeparator('-') && Chars.isNumberGap('[') && !Chars.isSeparator('['));
    }
}
