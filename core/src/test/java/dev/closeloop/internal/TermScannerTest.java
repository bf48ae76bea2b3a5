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
 * The scanner's single-state loop against reading every char with all the symbols it stands for
 * ({@link TermScanner#general} alone): on texts made of the standard lexicon's terms, broken,
 * stretched, spaced and spliced with the chars the loop treats apart, both find the same hits.
 */
class TermScannerTest {
    private static final Lexicon LEX = Engine.standard().lexicon();

    @Test
    void singleStateLoop_findsWhatReadingEveryCharWithAllItsSymbolsFinds() {
        Random r = new Random(11);
        List<String> terms = new ArrayList<>();
        StringBuilder alphabet = new StringBuilder(" .-@$013457*|~,:!");
        for (int id = 0; id < LEX.size(); id++) {
            terms.add(LEX.normalized(id));
            alphabet.append(LEX.normalized(id));
        }
        int withHits = 0;
        for (int round = 0; round < 20_000; round++) {
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
            TreeSet<String> fast = scan(text, false);
            assertEquals(stepByStep(text), fast, text);
            withHits += fast.size() > 1 ? 1 : 0;
        }
        assertTrue(withHits > 10_000, "most texts hold a term: " + withHits);
    }

    @Test
    void singleStateLoop_agreesOnTheFormsItTreatsApart() {
        for (String text : new String[] {"加我薇信", "加我 微 信", "wei xin", "weixin", "微xin", "wei信", "whaaaatsapp",
                "w h a t s a p p", "what's app", "t3legram", "te1egram", "vx：abc", "@shop", "name@qq.com", "zhifubao",
                "支付宝", "訂單號", "телеграм", "вотсап", "ватсап", "薇薇薇信", "微-信", "a1b2c3",
                "的的微信", "2024微信", "订单8194620375128841加vx", "x x weixin", "w0w whatsapp", "0rder", "3 3 telegram",
                "5星好评", "的 的 微 信", "de微de信", "the zfb"}) {
            assertEquals(stepByStep(text), scan(text, false), text);
        }
        assertFalse(scan("加我薇信", false).isEmpty(), "a homophone spelling of WeChat is found");
    }

    @Test
    void quietAtRoot_marksOnlyCharsThatStartNoTerm() {
        byte[] quiet = LEX.quietAtRoot();
        assertEquals(Lexicon.QUIET, quiet['的'], "a Hanzi no term starts with");
        assertEquals(0, quiet['微'], "the first char of 微信");
        assertEquals(0, quiet['w'], "the first letter of wechat");
        assertEquals(0, quiet['@'], "the scanner notes every @");
        assertEquals(Lexicon.QUIET_UNLESS_AFTER_LATIN, quiet['0'], "a leet digit may be an o after a letter");
        assertEquals(Lexicon.QUIET, quiet[' ']);
    }

    @Test
    void sawAt_isSetByAnAtSignOnly() {
        assertTrue(scan("mail me at name@host", true).contains("@"));
        assertFalse(scan("mail me at name host", true).contains("@"));
    }

    /** The hits as term@start-end, plus "@" when the scan met an at sign and {@code withAt} is set. */
    private static TreeSet<String> scan(String text, boolean withAt) {
        NormalizedText t = normalized(text);
        TermHits hits = new TermHits();
        TermScanner.Scratch s = new TermScanner.Scratch();
        TermScanner.scan(LEX, t, hits, s);
        TreeSet<String> out = hitsOf(hits);
        if (withAt && s.sawAt) {
            out.add("@");
        }
        return out;
    }

    private static TreeSet<String> stepByStep(String text) {
        NormalizedText t = normalized(text);
        TermHits hits = new TermHits();
        TermScanner.Scratch s = new TermScanner.Scratch();
        int n = TermScanner.start(LEX, t, hits, s);
        for (int i = 0; i < n; i++) {
            i = TermScanner.general(s, t.chars, n, i);
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
