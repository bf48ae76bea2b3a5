package dev.closeloop.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fold table pass one reads is data ({@value Normalizer#FOLDS}); this test derives it from the running JDK's Unicode
 * data, the way the normalizer once built it at start-up, and writes a fresh copy of the file when the two differ. Both
 * are compared as the file states them, before the normalizer marks the chars its special path takes.
 */
class FoldTableTest {
    @Test
    void bundledFolds_areWhatTheJdksUnicodeDataGives() {
        Map<Integer, String> expansions = new HashMap<>();
        char[] expected = derivedTable(expansions);
        Map<Integer, String> bundledExpansions = new HashMap<>();
        char[] bundled = bundled(bundledExpansions);
        int differing = 0;
        String first = null;
        for (int c = 0; c < expected.length; c++) {
            if (expected[c] != bundled[c]) {
                differing++;
                first = first != null ? first : String.format("U+%04X: bundled U+%04X, derived U+%04X", c, (int) bundled[c],
                        (int) expected[c]);
            }
        }
        boolean sameExpansions = expansions.equals(bundledExpansions);
        if (differing > 0 || !sameExpansions) {
            Path copy = Path.of("target", Normalizer.FOLDS);
            writeCopy(copy, header() + rows(expected, expansions));
            fail(differing + " chars fold differently in " + Normalizer.FOLDS + " and the JDK's Unicode data"
                    + (first != null ? ", first " + first : "") + (sameExpansions ? "" : "; the digit expansions differ")
                    + ". If the JDK was upgraded on purpose, copy " + copy.toAbsolutePath()
                    + " to core/src/main/resources/dev/closeloop/internal/ and update its header.");
        }
    }

    @Test
    void aFewFolds_readAsTheirRowsSay() {
        Map<Integer, String> expansions = new HashMap<>();
        char[] fold = bundled(expansions);
        assertEquals('a', fold['A']);
        assertEquals('j', fold['Ｊ']);
        assertEquals('@', fold['＠']);
        assertEquals('1', fold['①']);
        assertEquals('.', fold['。']);
        assertEquals(' ', fold['\t']);
        assertEquals(Normalizer.DROP, fold['\u200b']);
        assertEquals('微', fold['微']);
        assertEquals("10", expansions.get((int) '⑩'));
    }

    /** The table the bundled file states, read by the normalizer's own parser; fills {@code expansions}. */
    private static char[] bundled(Map<Integer, String> expansions) {
        char[] fold = new char[65536];
        Normalizer.readFolds(Resources.bytes(Normalizer.FOLDS), fold, expansions);
        return fold;
    }

    @Test
    void theFile_mayHaveCommentsBlankLinesAndCrLfLineBreaks() {
        char[] fold = new char[65536];
        Map<Integer, String> expansions = new HashMap<>();
        Normalizer.readFolds("# a header\r\n\r\n0041\t005A\t+32\r\n00C0\t00C0\t=0061\n2469\t2469\t>10".getBytes(StandardCharsets.UTF_8),
                fold, expansions);
        assertEquals('a', fold['A']);
        assertEquals('z', fold['Z']);
        assertEquals('a', fold['\u00c0']);
        assertEquals('b', fold['b']);
        assertEquals(Map.of(0x2469, "10"), expansions);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0041\t005A\t*32", "0041 005A\t+32", "005A\t0041\t+32", "0041\t005A\t=61", "0041\t005A\t+",
            "00G1\t005A\t+32", "0041\t005A\t>1x", "0041\t005A", "0041\t005A\t+123456"})
    void aDamagedLine_isReportedWithTheFileAndTheLine(String line) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Normalizer.readFolds(line.getBytes(StandardCharsets.UTF_8), new char[65536], new HashMap<>()));
        assertTrue(e.getMessage().startsWith(Normalizer.FOLDS + " is damaged at '"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + line + "'"), e.getMessage());
    }

    /** The table as the JDK's Unicode data gives it; fills {@code expansions}. */
    private static char[] derivedTable(Map<Integer, String> expansions) {
        char[] table = new char[65536];
        for (int c = 0; c < table.length; c++) {
            char f = foldOf(c, expansions);
            table[c] = f == 0 ? (char) c : f;
        }
        return table;
    }

    /** What a char folds to, 0 when it is kept as it is; a sign for several digits goes to {@code expansions}. */
    private static char foldOf(int c, Map<Integer, String> expansions) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            return 0; // surrogates are handled per code point
        }
        if (c == '\n' || c == '\r' || c == '\t') {
            return ' ';
        }
        int type = Character.getType(c);
        if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD
                || type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (c >= 0xFE00 && c <= 0xFE0F)) {
            return Normalizer.DROP;
        }
        if (type == Character.CONTROL || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || Character.isWhitespace(c)) {
            return ' ';
        }
        switch (c) {
            case 0x3002: case 0xFF61: case 0x00B7: case 0x2022: case 0x30FB: case 0x2024:
                return '.';
            case 0x3001: case 0xFF64:
                return ',';
            case 0x3010: case 0x3016:
                return '[';
            case 0x3011: case 0x3017:
                return ']';
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
            case 0xFE58: case 0xFE63: case 0x2E3A: case 0x2E3B:
                return '-';
            case 0x2665: case 0x2661: case 0x2763: case Normalizer.HEART:
                return Normalizer.HEART;
            case 0x25CB: case 0x25EF:
                return '\u3007'; // a drawn circle stands for 〇 (zero) in written numbers
            default:
                break;
        }
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return (char) ('0' + Character.digit(c, 10));
        }
        if (type == Character.OTHER_NUMBER && !isHanRange(c)) {
            int v = Character.getNumericValue(c);
            if (v >= 0 && v <= 9) {
                return (char) ('0' + v);
            }
            if (v >= 10 && v <= 50) {
                expansions.put(c, Integer.toString(v));
                return 0;
            }
        }
        String nfkc = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKC);
        if (nfkc.length() == 1) {
            char n = Character.toLowerCase(nfkc.charAt(0));
            if (Character.getType(n) == Character.DECIMAL_DIGIT_NUMBER) {
                n = (char) ('0' + Character.digit(n, 10));
            }
            if (n != c) {
                return n == '\u3002' ? '.' : n;
            }
        }
        if (type == Character.OTHER_SYMBOL && c >= 0x2190) {
            return ' ';
        }
        char lower = Character.toLowerCase((char) c);
        return lower != c ? lower : 0;
    }

    private static boolean isHanRange(int c) {
        return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3000 && c <= 0x9FFF);
    }

    /**
     * The file's rows for {@code table}: each run of chars that fold to one char (=XXXX) or each to itself plus one
     * offset (+N, -N), whichever reaches farther; then the signs for several digits (>DIGITS).
     */
    private static String rows(char[] table, Map<Integer, String> expansions) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < table.length; ) {
            if (table[c] == c) {
                c++;
                continue;
            }
            int target = table[c];
            int delta = target - c;
            int sameTarget = c;
            while (sameTarget + 1 < table.length && table[sameTarget + 1] == target) {
                sameTarget++;
            }
            int sameDelta = c;
            while (sameDelta + 1 < table.length && table[sameDelta + 1] != sameDelta + 1
                    && table[sameDelta + 1] - (sameDelta + 1) == delta) {
                sameDelta++;
            }
            if (sameTarget >= sameDelta) {
                out.append(String.format("%04X\t%04X\t=%04X\n", c, sameTarget, target));
                c = sameTarget + 1;
            } else {
                out.append(String.format("%04X\t%04X\t%+d\n", c, sameDelta, delta));
                c = sameDelta + 1;
            }
        }
        new TreeMap<>(expansions).forEach((c, digits) -> out.append(String.format("%04X\t%04X\t>%s\n", c, c, digits)));
        return out.toString();
    }

    private static String header() {
        try {
            byte[] bundled = FoldTableTest.class.getResourceAsStream(Normalizer.FOLDS).readAllBytes();
            return new String(bundled, StandardCharsets.UTF_8).lines().takeWhile(l -> l.startsWith("#"))
                    .reduce("", (a, l) -> a + l + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCopy(Path copy, String content) {
        try {
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
