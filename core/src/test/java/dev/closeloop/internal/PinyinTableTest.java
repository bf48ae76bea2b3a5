package dev.closeloop.internal;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class PinyinTableTest {

    @Test
    void bundledReadings_areWhatPinyin4jGives() throws Exception {
        String[][] bundled = PinyinTable.bundledReadings();
        StringBuilder fresh = new StringBuilder();
        int differing = 0;
        String first = null;
        for (int c = PinyinTable.FIRST; c <= PinyinTable.LAST; c++) {
            String[] expected = fromPinyin4j((char) c);
            fresh.append(String.join(" ", expected)).append('\n');
            if (!java.util.Arrays.equals(expected, bundled[c - PinyinTable.FIRST])) {
                differing++;
                first = first != null ? first : String.format("U+%04X %s: bundled %s, pinyin4j %s", c, (char) c,
                        String.join(" ", bundled[c - PinyinTable.FIRST]), String.join(" ", expected));
            }
        }
        if (differing > 0) {
            Path copy = Path.of("target", PinyinTable.DATA);
            String header = new String(PinyinTableTest.class.getResourceAsStream(PinyinTable.DATA).readAllBytes(),
                    StandardCharsets.US_ASCII).lines().takeWhile(l -> l.startsWith("#")).reduce("", (a, l) -> a + l + "\n");
            writeCopy(copy, header + fresh);
            fail(differing + " chars read differently in " + PinyinTable.DATA + " and pinyin4j, first " + first
                    + ". If pinyin4j was upgraded on purpose, copy " + copy.toAbsolutePath()
                    + " to core/src/main/resources/dev/closeloop/internal/ and update its header.");
        }
    }

    @Test
    void soundAlikesOfWeChat_shareItsSyllables() {
        assertTrue(readings('微').contains("wei"));
        assertTrue(readings('薇').contains("wei"));
        assertTrue(readings('威').contains("wei"));
        assertTrue(readings('信').contains("xin"));
    }

    @Test
    void aLookAlike_alsoReadsAsTheCharItImitates() {
        List<String> hui = readings('徽');
        assertTrue(hui.contains("hui"), hui.toString());
        assertTrue(hui.contains("wei"), hui.toString());
    }

    @Test
    void aPolyphonicChar_keepsEveryReadingInPinyin4jOrder() {
        assertEquals(List.of("xing", "hang", "heng"), readings('行').subList(0, 3));
    }

    @Test
    void charsOutsideTheTable_haveNoReadings() {
        PinyinTable t = PinyinTable.get();
        assertEquals(-1, t.first('a'));
        assertEquals(-1, t.first('\u33ff'));
        assertEquals(-1, t.first('\ua000'));
        assertEquals(-1, t.first('한'));
    }

    @Test
    void everyLineOfTheDataFile_holdsLowerCaseSyllablesOnly() {
        for (String[] r : PinyinTable.bundledReadings()) {
            for (String s : r) {
                assertTrue(s.matches("[a-z]+"), s);
            }
        }
    }

    private static List<String> readings(char c) {
        PinyinTable t = PinyinTable.get();
        List<String> out = new ArrayList<>();
        int f = t.first(c);
        if (f >= 0) {
            for (int k = f; k < t.last(c); k++) {
                out.add(t.syllable(t.reading(k)));
            }
        }
        return out;
    }

    private static String[] fromPinyin4j(char c) throws BadHanyuPinyinOutputFormatCombination {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        String[] r = PinyinHelper.toHanyuPinyinStringArray(c, format);
        Set<String> kept = new LinkedHashSet<>();
        if (r != null) {
            for (String s : r) {
                if (!s.isEmpty() && s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                    kept.add(s);
                }
            }
        }
        return kept.toArray(new String[0]);
    }

    private static void writeCopy(Path copy, String content) {
        try {
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, content, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
