package dev.closeloop.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneScannerTest {

    /** The number candidates the scanner reads in {@code text}, as excerpts of the normalized text joined by "|". */
    private static String candidates(String text) {
        NormalizedText t = NormalizerTest.normalize(text);
        PhoneScanner p = new PhoneScanner();
        p.reset(t);
        List<String> found = new ArrayList<>();
        for (int i = 0, next; (next = p.next(t.chars, t.length, i)) >= 0; i = next) {
            found.add(t.toString().substring(p.start, p.end));
        }
        return String.join("|", found);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "call +7 926 511-38-04 now; +7 926 511-38-04",
            "tel (212) 555-0100; (212) 555-0100",
            "+ 86 150 1234 5678; + 86 150 1234 5678",
            "(+86 150 1234 5678; +86 150 1234 5678",
            "a+(7 926; (7 926",
            "INV-2024-08817 and 646-555-0172; 646-555-0172",
            "LP00638291047562 or 138 1234 5678; 138 1234 5678",
            "+ nothing (here) +; ''",
            "12 cm, 3.25a, 50/60hz; 12",
            "12 cm, 3.25 a, 50/60 hz; 12|3.25|50/60",
            "一五九 二七三零 八四六一; 159 2730 8461",
            "138a1234b5678 x 9; 138a1234b5678|9",
    })
    void next_readsEveryNumberThatStartsAtADigitRunOrASignBeforeIt(String text, String expected) {
        assertEquals(expected, candidates(text));
    }
}
