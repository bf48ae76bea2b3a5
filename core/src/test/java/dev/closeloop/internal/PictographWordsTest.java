package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PictographWordsTest {
    @Test
    void aPictographIsFoundInEitherPlane_inAnyOrderOfTheFile() {
        PictographWords w = new PictographWords(List.of(new String[] {"1F427", "企鹅"}, new String[] {"260E", "电话"}));
        assertEquals("企鹅", w.of(0x1F427));
        assertEquals("电话", w.of(0x260E));
        assertNull(w.of(0x1F600));
        assertArrayEquals(new int[] {0x260E}, w.inBasicPlane());
    }

    @Test
    void theBundledFile_reads() {
        assertEquals("企鹅", PictographWords.INSTANCE.of(0x1F427));
    }

    @Test
    void aDamagedRow_isNamedWithWhatARowHolds() {
        for (String[] row : List.of(new String[] {"1F427"}, new String[] {"1F427", ""}, new String[] {"1f427", "企鹅"},
                new String[] {"U+1F427", "企鹅"}, new String[] {"FFFFFF", "x"})) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PictographWords(List.<String[]>of(row)));
            assertTrue(e.getMessage().contains("code point in upper-case hex"), e.getMessage());
        }
    }
}
