package dev.closeloop.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles terms into a {@link Lexicon}: normalizes each exactly as messages are, gives every char the terms use a
 * symbol, spells the Hanzi of terms marked {@code sound} in pinyin, builds the automaton from the symbol sequences,
 * and the tables the scanner reads chars with. One compiler per lexicon, on one thread; a lexicon read from the
 * build's snapshot needs none.
 */
final class LexiconCompiler {
    private static final int MAX_VARIANTS = 96;
    /** The letter each of {@link Lexicon#LEET_DIGITS} stands for between letters, in its order. */
    private static final String LEET_LETTERS = "as" + "oieast";
    /** Symbols from here on are pinyin syllables, one per syllable of the table, then the other chars' and the groups'. */
    private static final int SYLLABLE_BASE = Lexicon.DENSE_SYMBOLS;

    private final PinyinTable pinyin;
    private final int syllables;
    /** The symbol of each char the terms use, {@link Lexicon#NONE} for the others; the lexicon's codes in the end. */
    private final short[] symbols = new short[Lexicon.CHARS];
    /** Per symbol: a Latin or Cyrillic letter's, which a stretch collapses and before which pinyin may be split by a space. */
    private boolean[] letters = new boolean[1024];
    private int next = 1;

    private LexiconCompiler(PinyinTable pinyin) {
        this.pinyin = pinyin;
        syllables = pinyin.syllableCount();
    }

    /** @return the lexicon of {@code terms}, compiled from their text */
    static Lexicon compile(List<Term> terms) {
        return new LexiconCompiler(PinyinTable.get()).lexicon(terms);
    }

    private Lexicon lexicon(List<Term> terms) {
        Arrays.fill(symbols, (short) Lexicon.NONE);
        for (char c : " .-_*/|~".toCharArray()) {
            symbols[c] = (short) Lexicon.SEP;
        }
        for (char c : Lexicon.LEET_DIGITS.toCharArray()) {
            symbolFor(c);
        }
        next = Lexicon.NONE + 1;
        for (char c : Lexicon.DENSE_CHARS.toCharArray()) {
            symbolFor(c);
        }
        if (next != Lexicon.DENSE_SYMBOLS) {
            throw new IllegalStateException("The dense chars got " + next + " symbols instead of " + Lexicon.DENSE_SYMBOLS + ".");
        }
        next = SYLLABLE_BASE + syllables;
        List<int[]> sequences = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        NormalizedText scratch = new NormalizedText();
        NormalizedText norm = new NormalizedText();
        NumberRun run = new NumberRun(); // one for all terms: the public overload makes one per call
        String[] normalized = new String[terms.size()];
        boolean[] prefixes = new boolean[terms.size()];
        for (Term t : terms) {
            Normalizer.normalize(t.text(), scratch, norm, run);
            String text = norm.toString();
            normalized[t.id()] = text;
            prefixes[t.id()] = t.prefix();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("The term '" + t.text() + "' is empty after normalization.");
            }
            for (int[] seq : variants(text, t.bySound())) {
                sequences.add(seq);
                owners.add(t.id());
            }
        }
        int[] leet = new int[Lexicon.LEET_CHARS];
        Arrays.fill(leet, -1);
        for (int i = 0; i < Lexicon.LEET_DIGITS.length(); i++) {
            leet[Lexicon.LEET_DIGITS.charAt(i)] = symbolFor(LEET_LETTERS.charAt(i));
        }
        int leetL = symbolFor('l');
        TermAutomaton.Builder b = builderWithGroups(sequences).joining(denseWordClasses(leet, leetL));
        for (int i = 0; i < sequences.size(); i++) {
            b.add(sequences.get(i), owners.get(i));
        }
        TermAutomaton automaton = b.build();
        if (automaton.maxLength > TermScanner.RING) {
            throw new IllegalArgumentException("A term is longer than " + TermScanner.RING + " chars after normalization; "
                    + "shorten it or split it into several terms.");
        }
        byte[] quietAtRoot = new byte[Lexicon.CHARS];
        for (int ch = 0; ch < quietAtRoot.length; ch++) {
            quietAtRoot[ch] = Lexicon.quietEntry((char) ch, quietness(automaton, symbols[ch]));
        }
        return new Lexicon(terms, normalized, symbols, quietAtRoot, leet, leetL, automaton,
                statesEndingPrefixTerms(automaton, prefixes));
    }

    /**
     * Per dense symbol, the word classes shared by every char the scanner reads as it: the chars it is the code of,
     * and the leet chars that stand for it between letters ({@code @} for {@code a} has no class, so {@code a} gets none).
     */
    private byte[] denseWordClasses(int[] leet, int leetL) {
        int all = Chars.WORD_CLASSES - 1;
        byte[] classes = new byte[Lexicon.DENSE_SYMBOLS];
        Arrays.fill(classes, (byte) all);
        for (int ch = 0; ch < symbols.length; ch++) {
            if (symbols[ch] < Lexicon.DENSE_SYMBOLS) {
                classes[symbols[ch]] &= (byte) Lexicon.wordClassAt(ch);
            }
        }
        for (char ch : Lexicon.LEET_DIGITS.toCharArray()) {
            classes[leet[ch]] &= (byte) Chars.wordClass(ch);
        }
        classes[leetL] &= (byte) Chars.wordClass('1');
        return classes;
    }

    /**
     * Gives each Hanzi that stands for several symbols (itself as written, the syllables terms use) a group symbol
     * of its own. A leet char between letters stands for several symbols too, but it is no group: in a lexicon
     * with digits in its terms, nearly every state would have a combined state for each leet char, and states
     * for the states those lead to; the scanner reads it apart, rare as it is.
     *
     * @return a builder for the automaton, its groups registered
     */
    private TermAutomaton.Builder builderWithGroups(List<int[]> sequences) {
        boolean[] usedSyllable = new boolean[syllables];
        for (int[] seq : sequences) {
            for (int sym : seq) {
                if (sym >= SYLLABLE_BASE && sym < SYLLABLE_BASE + syllables) {
                    usedSyllable[sym - SYLLABLE_BASE] = true;
                }
            }
        }
        Map<Integer, int[]> groups = new LinkedHashMap<>();
        int[] alternatives = new int[Lexicon.MAX_ALTERNATIVES];
        for (int c = PinyinTable.FIRST; c <= PinyinTable.LAST; c++) {
            int k = 0;
            if (symbols[c] != Lexicon.NONE) {
                alternatives[k++] = symbols[c]; // the character itself, for terms matched as written
            }
            for (int r = pinyin.first((char) c); r >= 0 && r < pinyin.last((char) c) && k < Lexicon.MAX_ALTERNATIVES; r++) {
                if (usedSyllable[pinyin.reading(r)]) {
                    alternatives[k++] = SYLLABLE_BASE + pinyin.reading(r);
                }
            }
            if (k > 1) {
                symbols[c] = (short) newSymbol();
                groups.put((int) symbols[c], Arrays.copyOf(alternatives, k));
            } else {
                symbols[c] = (short) (k == 0 ? Lexicon.NONE : alternatives[0]);
            }
        }
        TermAutomaton.Builder b = new TermAutomaton.Builder(next, Lexicon.DENSE_SYMBOLS);
        groups.forEach(b::group);
        return b;
    }

    /** {@link Lexicon#QUIET}, {@link Lexicon#QUIET_UNLESS_AFTER_LATIN} or 0 for a char read as {@code code} at the root. */
    private static byte quietness(TermAutomaton automaton, int code) {
        if (code == Lexicon.AT) {
            return 0; // the scanner notes every @ it reads
        }
        if (automaton.next(TermAutomaton.ROOT, code) != TermAutomaton.ROOT) {
            return 0;
        }
        // between letters a leet char is a letter
        return code > Lexicon.SEP && code <= Lexicon.LAST_LEET ? Lexicon.QUIET_UNLESS_AFTER_LATIN : Lexicon.QUIET;
    }

    private static boolean[] statesEndingPrefixTerms(TermAutomaton a, boolean[] prefixTerms) {
        boolean[] ends = new boolean[a.stateCount()];
        for (int st = a.firstOutput; st < ends.length; st++) {
            for (int o = a.outputsFrom(st); o < a.outputsTo(st); o++) {
                ends[st] |= prefixTerms[a.outputTerm(o)];
            }
        }
        return ends;
    }

    private int symbolFor(char c) {
        if (symbols[c] == Lexicon.NONE) {
            symbols[c] = (short) newSymbol();
            if (symbols[c] >= letters.length) {
                letters = Arrays.copyOf(letters, letters.length * 2 + symbols[c]);
            }
            letters[symbols[c]] = Chars.isLatin(c) || Chars.isCyrillic(c);
        }
        return symbols[c];
    }

    private int newSymbol() {
        if (next > Short.MAX_VALUE) {
            throw new IllegalArgumentException("The terms use more than " + Short.MAX_VALUE + " distinct characters: "
                    + "add fewer terms to the checker.");
        }
        return next++;
    }

    /** Expands a normalized term into the symbol sequences that spell it. */
    private List<int[]> variants(String text, boolean bySound) {
        List<List<int[]>> slots = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            List<int[]> alts = new ArrayList<>();
            if (bySound && Chars.isHan(c) && pinyin.first(c) >= 0) {
                for (int k = pinyin.first(c); k < pinyin.last(c); k++) {
                    int syl = pinyin.reading(k);
                    alts.add(new int[] {SYLLABLE_BASE + syl});
                    String spelled = pinyin.syllable(syl);
                    int[] spelling = new int[spelled.length()];
                    for (int j = 0; j < spelling.length; j++) {
                        spelling[j] = symbolFor(spelled.charAt(j));
                    }
                    alts.add(spelling);
                }
            } else {
                alts.add(new int[] {Chars.isSeparator(c) ? Lexicon.SEP : symbolFor(c)});
            }
            slots.add(alts);
        }
        List<int[]> out = new ArrayList<>();
        expand(slots, 0, new ArrayList<>(), out, bySound);
        return out;
    }

    private void expand(List<List<int[]>> slots, int i, List<Integer> acc, List<int[]> out, boolean bySound) {
        if (out.size() >= MAX_VARIANTS) {
            return;
        }
        if (i == slots.size()) {
            out.add(collapse(acc));
            return;
        }
        for (int[] alt : slots.get(i)) {
            int mark = acc.size();
            for (int s : alt) {
                acc.add(s);
            }
            expand(slots, i + 1, acc, out, bySound);
            // Pinyin spelled in Latin letters may be split by a space: "wei xin".
            if (bySound && alt.length > 1 && mark > 0 && isLetterSymbol(acc.get(mark - 1))) {
                List<Integer> spaced = new ArrayList<>(acc.subList(0, mark));
                spaced.add(Lexicon.SEP);
                for (int s : alt) {
                    spaced.add(s);
                }
                expand(slots, i + 1, spaced, out, bySound);
            }
            while (acc.size() > mark) {
                acc.remove(acc.size() - 1);
            }
        }
    }

    private boolean isLetterSymbol(int symbol) {
        return symbol < letters.length && letters[symbol];
    }

    /** Collapses letters repeated three times or more, and runs of separators, as the scanner reads a text. */
    private int[] collapse(List<Integer> seq) {
        int[] out = new int[seq.size()];
        int n = 0;
        for (int i = 0; i < seq.size(); i++) {
            int s = seq.get(i);
            if (s == Lexicon.SEP && n > 0 && out[n - 1] == Lexicon.SEP) {
                continue;
            }
            out[n++] = s;
            if (isLetterSymbol(s) && i + 2 < seq.size() && seq.get(i + 1) == s && seq.get(i + 2) == s) {
                while (i + 1 < seq.size() && seq.get(i + 1) == s) {
                    i++;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }
}
