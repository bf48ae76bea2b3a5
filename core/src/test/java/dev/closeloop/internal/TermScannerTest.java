package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scanner, which follows one automaton state per char where it can, against following every
 * symbol of every char with a set of trie states (what the automaton's combined states stand for):
 * on texts made of the standard lexicon's terms, broken, stretched, spaced and spliced with the chars
 * that stand for several symbols, both find the same hits.
 */
class TermScannerTest {
    private static final Lexicon LEX = Engine.standard().lexicon();

    @Test
    void oneStatePerChar_findsWhatFollowingEverySymbolFinds() {
        assertTrue(agreeOnSplicedTerms(LEX, 11, 20_000) > 10_000, "most texts hold a term");
    }

    @Test
    void oneStatePerChar_findsWhatFollowingEverySymbolFinds_withUserTermsOfHanziAsWrittenAndDigits() {
        List<Term> extra = new ArrayList<>();
        String[] user = {"信用卡", "新号", "微店", "v1p", "4k高清", "zfb8", "支付宝2", "t0p", "心愿单", "xin新", "0元购",
            "扫码付"};
        for (String text : user) {
            extra.add(new Term(0, text, TermKind.USER, "CONTACT_INFO", "user", false, false, false));
        }
        Lexicon lex = Lexicon.load(extra);
        assertTrue(lex.automaton.stateCount() > LEX.automaton.stateCount());
        assertTrue(agreeOnSplicedTerms(lex, 12, 10_000) > 5_000, "most texts hold a term");
    }

    @Test
    void oneStatePerChar_findsWhatFollowingEverySymbolFinds_pastTheCombinedStatesBudget() {
        // many short terms of Hanzi that the standard lexicon reads by sound too: more sets than the budget allows
        String hanzi = "信心新欣微维为位支知之直付夫服福宝包保号好豪加家佳威薇伟卫";
        Random r = new Random(13);
        List<Term> extra = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 2 + r.nextInt(3); k > 0; k--) {
                sb.append(hanzi.charAt(r.nextInt(hanzi.length())));
            }
            extra.add(new Term(0, sb.toString(), TermKind.USER, "CONTACT_INFO", "user", false, false, false));
        }
        Lexicon lex = Lexicon.load(extra);
        boolean several = false;
        for (int k = 0; k < hanzi.length() && !several; k++) {
            int code = lex.codes()[hanzi.charAt(k)];
            for (int state = 0; state < lex.automaton.stateCount() && !several; state++) {
                several = lex.automaton.groupMembers(code) != null && lex.automaton.next(state, code) == TermAutomaton.SEVERAL;
            }
        }
        assertTrue(several, "some set of states has no state of its own");
        assertTrue(agreeOnSplicedTerms(lex, 13, 3_000) > 1_500, "most texts hold a term");
    }

    /**
     * Texts of the lexicon's terms, broken, stretched, spaced and spliced; both scans agree on each.
     *
     * @return how many held two hits or more
     */
    private static int agreeOnSplicedTerms(Lexicon lex, long seed, int rounds) {
        Random r = new Random(seed);
        List<String> terms = new ArrayList<>();
        StringBuilder alphabet = new StringBuilder(" .-@$013457*|~,:!");
        for (int id = 0; id < lex.size(); id++) {
            terms.add(lex.normalized(id));
            alphabet.append(lex.normalized(id));
        }
        int withHits = 0;
        for (int round = 0; round < rounds; round++) {
            StringBuilder sb = new StringBuilder();
            for (int f = 1 + r.nextInt(6); f > 0; f--) {
                String t = terms.get(r.nextInt(terms.size()));
                for (int k = 0; k < t.length(); k++) {
                    int change = r.nextInt(12);
                    char ch = change == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : t.charAt(k);
                    sb.append(ch);
                    if (change == 1) {
                        sb.append(ch).append(ch); // a stretched letter
                    } else if (change == 2) {
                        sb.append(' ');
                    }
                }
                sb.append(r.nextBoolean() ? " " : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            TreeSet<String> fast = scan(lex, text, false);
            assertEquals(stepByStep(lex, text), fast, text);
            withHits += fast.size() > 1 ? 1 : 0;
        }
        return withHits;
    }

    @Test
    void oneStatePerChar_agreesOnCharsThatStandForSeveralSymbols() {
        for (String text : new String[] {"加我薇信", "加我 微 信", "wei xin", "weixin", "微xin", "wei信", "whaaaatsapp",
                "w h a t s a p p", "what's app", "t3legram", "te1egram", "vx：abc", "@shop", "name@qq.com", "zhifubao",
                "支付宝", "訂單號", "телеграм", "вотсап", "ватсап", "薇薇薇信", "微-信", "a1b2c3",
                "的的微信", "2024微信", "订单8194620375128841加vx", "x x weixin", "w0w whatsapp", "0rder", "3 3 telegram",
                "5星好评", "的 的 微 信", "de微de信", "the zfb", "支fub4o", "zhifub4o", "微x1n", "薇x1n号", "wei信h40"}) {
            assertEquals(stepByStep(LEX, text), scan(LEX, text, false), text);
        }
        assertFalse(scan(LEX, "加我薇信", false).isEmpty(), "a homophone spelling of WeChat is found");
    }

    @Test
    void quietAtRoot_marksCharsThatStartNoTermTheScanKeeps() {
        assertTrue(quietAfter(' ', '的'), "a Hanzi no term starts with");
        assertFalse(quietAfter(' ', '微'), "the first char of 微信");
        assertFalse(quietAfter(' ', 'w'), "the first letter of wechat");
        assertTrue(quietAfter('a', 'w'), "a letter inside a word starts no match the scan keeps");
        assertFalse(quietAfter('的', 'w'), "a Hanzi and a Latin letter are no one word");
        assertFalse(quietAfter('a', '@'), "the scanner notes every @");
        assertTrue(quietAfter(' ', '0'), "a leet digit outside a word");
        assertTrue(quietAfter('a', '0'), "a leet digit inside a word, which starts no match the scan keeps");
        assertFalse(quietAfter(' ', 'в'), "the first letter of вотсап");
        assertTrue(quietAfter('о', 'в'), "a Cyrillic letter inside a word");
        assertFalse(quietAfter('a', 'в'), "a Latin and a Cyrillic letter are no one word");
        assertTrue(quietAfter('a', ' '));
    }

    @Test
    void aMatchAfterASignThatJoinsNoWord_isKept_thoughTheSignMayStandForALetter() {
        // $ between letters may be an s, so the automaton cannot treat s as a letter that joins the one before
        assertTrue(termsAt(LEX, "x$kype").contains("skype@1"));
        assertTrue(termsAt(LEX, "w$chat").contains("chat@2"));
        assertTrue(termsAt(LEX, "мой вотсап").contains("вотсап@4"));
        assertFalse(termsAt(LEX, "мойвотсап").contains("вотсап@3"), "inside a word");
    }

    private static List<String> termsAt(Lexicon lex, String text) {
        NormalizedText t = normalized(text);
        TermHits hits = new TermHits();
        TermScanner.scan(lex, t, hits, new TermScanner.Scratch());
        List<String> out = new ArrayList<>();
        for (int h = 0; h < hits.size; h++) {
            out.add(lex.normalized(hits.term[h]) + "@" + hits.start[h]);
        }
        return out;
    }

    private static boolean quietAfter(char before, char ch) {
        byte[] quiet = LEX.quietAtRoot();
        return (quiet[ch] & Lexicon.quietAfter(quiet[before])) != 0;
    }

    @Test
    void sawAt_isSetByAnAtSignOnly() {
        assertTrue(scan(LEX, "mail me at name@host", true).contains("@"));
        assertFalse(scan(LEX, "mail me at name host", true).contains("@"));
    }

    /** The hits as term@start-end, plus "@" when the scan met an at sign and {@code withAt} is set. */
    private static TreeSet<String> scan(Lexicon lex, String text, boolean withAt) {
        NormalizedText t = normalized(text);
        TermHits hits = new TermHits();
        TermScanner.Scratch s = new TermScanner.Scratch();
        TermScanner.scan(lex, t, hits, s);
        TreeSet<String> out = hitsOf(hits);
        if (withAt && s.sawAt) {
            out.add("@");
        }
        return out;
    }

    /** The hits found by following every symbol of every char with a set of trie states, which combined states stand for. */
    private static TreeSet<String> stepByStep(Lexicon lex, String text) {
        NormalizedText t = normalized(text);
        TermHits hits = new TermHits();
        TermScanner.Scratch s = new TermScanner.Scratch();
        int n = TermScanner.start(lex, t, hits, s);
        char[] c = t.chars;
        TermAutomaton a = lex.automaton;
        List<Integer> states = List.of(TermAutomaton.ROOT);
        int fed = 0;
        int lastSymbol = -1;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (i > 0 && ch == c[i - 1] && c[i + 1] == ch && Chars.isLetter(ch)) {
                while (c[i + 1] == ch) {
                    i++;
                }
                continue;
            }
            int code = lex.codes()[ch];
            if (code == Lexicon.SEP && (lastSymbol == Lexicon.SEP || i > 0 && Chars.isHan(c[i - 1]) && Chars.isHan(c[i + 1]))) {
                continue;
            }
            int[] symbols = a.groupMembers(code);
            if (code > Lexicon.SEP && code <= Lexicon.LAST_LEET && i > 0 && Chars.isLatin(c[i - 1]) && Chars.isLatin(c[i + 1])) {
                symbols = ch == '1' ? new int[] {code, lex.leet[ch], lex.leetL} : new int[] {code, lex.leet[ch]};
            } else if (symbols == null) {
                symbols = new int[] {code};
            }
            lastSymbol = symbols.length == 1 ? code : -1;
            s.fedAt[fed & (TermScanner.RING - 1)] = i;
            fed++;
            List<Integer> next = TrieStateSet.step(a, states, symbols);
            states = next.isEmpty() ? List.of(TermAutomaton.ROOT) : next;
            for (int state : next) {
                if (state >= a.firstOutput) {
                    TermScanner.report(lex, a, state, c, n, i, fed, s.fedAt, hits);
                }
            }
        }
        return hitsOf(hits);
    }

    private static NormalizedText normalized(String text) {
        NormalizedText out = new NormalizedText();
        Normalizer.normalize(text, new NormalizedText(), out);
        return out;
    }

    private static TreeSet<String> hitsOf(TermHits hits) {
        TreeSet<String> out = new TreeSet<>();
        for (int h = 0; h < hits.size; h++) {
            out.add(hits.term[h] + "@" + hits.start[h] + "-" + hits.end[h]);
        }
        return out;
    }
}
