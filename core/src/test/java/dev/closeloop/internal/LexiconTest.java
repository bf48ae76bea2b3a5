package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bundled term files as the lexicon reads them. */
class LexiconTest {

    /**
     * A term that normalizes to another's text, with its kind and value, is a second line for one term: 聯繫 beside 联系,
     * since pass one folds traditional Hanzi. The scan would report both at every match.
     */
    @Test
    void bundledTerms_normalizeToDistinctTextsOfEachKindAndValue() {
        Lexicon lex = Engine.standard().lexicon();
        Map<String, String> seen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (int id = 0; id < lex.size(); id++) {
            Term t = lex.term(id);
            String first = seen.putIfAbsent(lex.normalized(id) + "\t" + t.kind() + "\t" + t.value(), t.text());
            if (first != null) {
                twice.add(first + " = " + t.text() + " (" + t.kind() + " " + t.value() + ")");
            }
        }
        assertEquals(List.of(), twice, "terms listed twice once normalized");
    }

    /** Pass one folds traditional Hanzi, so a term in traditional characters is its simplified twin written less plainly. */
    @Test
    void bundledTerms_areWrittenInSimplifiedCharacters() {
        Lexicon lex = Engine.standard().lexicon();
        List<String> traditional = new ArrayList<>();
        for (int id = 0; id < lex.size(); id++) {
            String text = lex.term(id).text();
            for (int i = 0; i < text.length(); i++) {
                String one = String.valueOf(text.charAt(i));
                if (Chars.isHan(text.charAt(i)) && !NormalizerTest.normalize(one).toString().equals(one)) {
                    traditional.add(text);
                    break;
                }
            }
        }
        assertEquals(List.of(), traditional, "terms with traditional characters");
    }
}
