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
            "a+(7 926 511; (7 926 511",
            "INV-2024-08817 and 646-555-0172; 646-555-0172",
            "LP00638291047562 or 138 1234 5678; 138 1234 5678",
            "+ nothing (here) +; ''",
            "1234567 cm, 3.2512345a, 5012345/60hz; 1234567",
            "1234567 cm, 3.2512345 a, 5012345/60 hz; 1234567|3.2512345|5012345/60",
            "一五九 二七三零 八四六一; 159 2730 8461",
            "138a1234b5678 x 9876543; 138a1234b5678|9876543",
    })
    void next_readsEveryNumberThatStartsAtADigitRunOrASignBeforeIt(String text, String expected) {
        assertEquals(expected, candidates(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "12 cm, 3.25 a, 50/60 hz, 2024-12; ''",
            "+7 926 5; ''",
            "123 456 7 and 12 34; 123 456 7",
            "12 34 and 567 8901; 567 8901",
            "(12) 34-5 x 98; ''",
            "12a34b567 and 12a34 5; 12a34b567",
            "共3件 ¥199 12月5日 138 1234 5678; 138 1234 5678",
    })
    void next_passesOverRunsTooShortForAPhoneNumberHoweverTheyAreJoined(String text, String expected) {
        assertEquals(expected, candidates(text));
    }
}
