package dev.closeloop.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * All terms the detectors look for, compiled into one {@link TermAutomaton} so a message is read
 * once whatever the number of terms and languages.
 *
 * <p>Each term is normalized exactly as messages are, then compiled into symbol sequences: chars
 * as themselves, spaces as one separator symbol, and — for terms marked {@code sound} — every Hanzi
 * as each of its pinyin syllables and as the Latin spelling of that syllable, so 微信 also yields
 * 薇信, 威信, weixin, wei xin, 微xin and wei信. Immutable and thread-safe after construction.
 */
public final class Lexicon {
    static final int SEP = 0;
    /** The most symbols one char may stand for; pinyin4j gives no Hanzi more than a handful of readings. */
    static final int MAX_ALTERNATIVES = 31;
    /**
     * Digits and signs that also stand for a letter between letters; they get symbols 1 to
     * {@link #LAST_LEET}, so the scanner tells them by comparing a symbol; {@code @} first, as {@link #AT}.
     */
    private static final String LEET_DIGITS = "@$013457";
    /** The symbol of {@code @}: the scanner notes every one it reads, so it never takes the scanner's fast path. */
    static final int AT = 1;
    static final int LAST_LEET = LEET_DIGITS.length();
    /**
     * The symbol of every char no term uses: a dense symbol no transition follows, so it takes every state
     * back to the root on the scanner's fast path like any other char.
     */
    static final int NONE = LAST_LEET + 1;
    /** Chars that get the first symbol ids, so the automaton can keep a dense transition table for them. */
    private static final String DENSE_CHARS = LEET_DIGITS + "abcdefghijklmnopqrstuvwxyz2689абвгдеёжзийклмнопрстуфхцчшщъыьэюя:%&'❤+#";
    /**
     * How many symbols have a dense transition row: {@link #NONE} and the symbols below it, and the dense chars.
     * The same for every lexicon, so the scanner multiplies by a constant.
     */
    static final int DENSE_SYMBOLS = NONE + 1 + (int) DENSE_CHARS.chars().filter(c -> LEET_DIGITS.indexOf(c) < 0).distinct().count();
    /** In {@link #quietAtRoot()}: the char takes the root to the root. */
    static final byte QUIET = 1;
    /** In {@link #quietAtRoot()}: the char takes the root to the root unless it follows a Latin letter. */
    static final byte QUIET_UNLESS_AFTER_LATIN = 2;
    /**
     * In {@link #quietAtRoot()}, from this bit on: the char's {@link Chars#wordClass}. At the root, a char that joins the
     * char before into one word starts no match the scanner would keep, so it is read as quiet there.
     */
    private static final int WORD_CLASS_SHIFT = 2;
    /** In {@link #quietAtRoot()}, from this bit on: the bits of the char after it that make that char quiet at the root. */
    private static final int QUIET_AFTER_SHIFT = 4;
    private static final int MAX_VARIANTS = 96;
    private static final String LEET_LETTERS = "as" + "oieast";

    private final Term[] terms;
    /** Per term id: its kind's ordinal and whether it may run on into more letters, read by the scanner on every hit. */
    private final byte[] kinds;
    private final boolean[] prefixes;
    private final String[] normalized;
    /* syllableBase to dedupe serve compiling the terms; a lexicon read from a snapshot has none of them */
    private final int syllableBase;
    private final int syllables;
    private final PinyinTable pinyin;
    private boolean[] dedupe = new boolean[1024];
    /** See {@link #codes()}; while terms are compiled, the symbol of each char they use. */
    private final short[] symbols = new short[65536];
    /** Per char: {@link #QUIET} or {@link #QUIET_UNLESS_AFTER_LATIN} when it takes the root back to the root. */
    private final byte[] quietAtRoot = new byte[65536];
    /**
     * Per automaton state: a term that may run on into more letters ends there. At other states a term ends
     * only at a word's end, so the scanner need not look at one that ends inside a word.
     */
    private final boolean[] prefixEnds;
    final TermAutomaton automaton;
    /** Symbol of the letter a leet char stands for between letters, or -1; '1' also stands for 'l'. */
    final int[] leet = new int[128];
    final int leetL;

    /**
     * Loads the bundled term files and adds {@code extra} terms. Without extra terms, what they compile to is read from
     * the build's snapshot when it was made from the same files and code ({@link LexiconSnapshot}).
     *
     * @param extra more terms, such as the user's; their ids follow the bundled ones
     * @return the compiled lexicon
     */
    public static Lexicon load(List<Term> extra) {
        List<Term> all = bundledTerms();
        if (extra.isEmpty()) {
            Lexicon compiled = LexiconSnapshot.read(all);
            if (compiled != null) {
                return compiled;
            }
        }
        for (Term t : extra) {
            all.add(new Term(all.size(), t.text(), t.kind(), t.value(), t.lang(), t.bySound(), t.prefix(), t.weak()));
        }
        return compile(all);
    }

    /** @return the terms of the bundled term files, in a list the caller may add to */
    static List<Term> bundledTerms() {
        List<Term> all = new ArrayList<>();
        for (String file : new String[] {"channels.tsv", "cues.tsv", "intents.tsv", "marketplaces.tsv"}) {
            for (String[] row : Resources.rows(file)) {
                all.add(parse(all.size(), file, row));
            }
        }
        return all;
    }

    /** @return the lexicon of {@code terms}, compiled from their text */
    static Lexicon compile(List<Term> terms) {
        return new Lexicon(terms, PinyinTable.get(), null);
    }

    /**
     * @param terms the terms the snapshot was compiled from
     * @return the lexicon {@link #writeTo} wrote
     * @throws IllegalStateException when the snapshot does not hold a lexicon of {@code terms}
     */
    static Lexicon read(List<Term> terms, Snapshot.Reader compiled) {
        return new Lexicon(terms, null, compiled);
    }

    /** Writes what the terms compiled to, for {@link #read}; the terms themselves are read from their files. */
    void writeTo(Snapshot.Writer w) {
        w.putStrings(normalized).putShorts(symbols).putBytes(quietAtRoot).putInts(leet).putInt(leetL);
        automaton.writeTo(w);
        w.putBooleans(prefixEnds);
    }

    private static Term parse(int id, String file, String[] row) {
        if (row.length < 3) {
            throw new IllegalStateException(file + ": a line needs term, kind or value, and language: " + String.join("|", row));
        }
        String flags = row.length > 3 ? row[3] : "";
        TermKind kind;
        String value;
        if (file.equals("channels.tsv")) {
            kind = TermKind.CHANNEL;
            value = row[1];
        } else if (file.equals("intents.tsv")) {
            kind = TermKind.INTENT;
            value = row[1];
        } else if (file.equals("marketplaces.tsv")) {
            kind = TermKind.MARKETPLACE;
            value = row[1];
        } else {
            kind = TermKind.valueOf(row[1].toUpperCase(Locale.ROOT));
            value = row[1];
        }
        return new Term(id, row[0], kind, value, row[2], flags.contains("sound"), flags.contains("prefix"),
                flags.contains("weak"));
    }

    /** Compiles {@code terms} with {@code pinyin}, or reads what they compiled to from {@code compiled} when it is not null. */
    private Lexicon(List<Term> terms, PinyinTable pinyin, Snapshot.Reader compiled) {
        this.terms = terms.toArray(new Term[0]);
        kinds = new byte[this.terms.length];
        prefixes = new boolean[this.terms.length];
        for (Term t : this.terms) {
            kinds[t.id()] = (byte) t.kind().ordinal();
            prefixes[t.id()] = t.prefix();
        }
        this.pinyin = pinyin;
        if (compiled != null) {
            syllables = 0;
            syllableBase = DENSE_SYMBOLS;
            normalized = compiled.getStrings();
            compiled.getShorts(symbols);
            compiled.getBytes(quietAtRoot);
            int[] leetRead = compiled.getInts();
            leetL = compiled.getInt();
            automaton = TermAutomaton.readFrom(compiled);
            prefixEnds = compiled.getBooleans();
            if (normalized.length != this.terms.length || leetRead.length != leet.length
                    || prefixEnds.length != automaton.stateCount() || !compiled.atEnd()) {
                throw new IllegalStateException("The lexicon snapshot does not match the term files; rebuild the closeloop-core jar.");
            }
            System.arraycopy(leetRead, 0, leet, 0, leet.length);
            return;
        }
        this.syllables = pinyin.syllableCount();
        Arrays.fill(symbols, (short) NONE);
        for (char c : " .-_*/|~".toCharArray()) {
            symbols[c] = (short) SEP;
        }
        int[] next = {1};
        for (char c : LEET_DIGITS.toCharArray()) {
            symbolFor(c, next);
        }
        next[0] = NONE + 1;
        for (char c : DENSE_CHARS.toCharArray()) {
            symbolFor(c, next);
        }
        if (next[0] != DENSE_SYMBOLS) {
            throw new IllegalStateException("The dense chars got " + next[0] + " symbols instead of " + DENSE_SYMBOLS + ".");
        }
        syllableBase = DENSE_SYMBOLS;
        next[0] = syllableBase + syllables;
        List<int[]> sequences = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        NormalizedText scratch = new NormalizedText();
        NormalizedText norm = new NormalizedText();
        NumberRun run = new NumberRun(); // one for all terms: the public overload makes one per call
        normalized = new String[terms.size()];
        for (Term t : terms) {
            Normalizer.normalize(t.text(), scratch, norm, run);
            String text = norm.toString();
            normalized[t.id()] = text;
            if (text.isEmpty()) {
                throw new IllegalArgumentException("The term '" + t.text() + "' is empty after normalization.");
            }
            for (int[] seq : variants(text, t.bySound(), next)) {
                sequences.add(seq);
                owners.add(t.id());
            }
        }
        Arrays.fill(leet, -1);
        for (int i = 0; i < LEET_DIGITS.length(); i++) {
            leet[LEET_DIGITS.charAt(i)] = symbolFor(LEET_LETTERS.charAt(i), next);
        }
        leetL = symbolFor('l', next);
        TermAutomaton.Builder b = builderWithGroups(sequences, next).joining(denseWordClasses());
        for (int i = 0; i < sequences.size(); i++) {
            b.add(sequences.get(i), owners.get(i));
        }
        automaton = b.build();
        if (automaton.maxLength > TermScanner.RING) {
            throw new IllegalArgumentException("A term is longer than " + TermScanner.RING + " chars after normalization; "
                    + "shorten it or split it into several terms.");
        }
        prefixEnds = statesEndingPrefixTerms(automaton, prefixes);
        for (int ch = 0; ch < quietAtRoot.length; ch++) {
            int wordClass = wordClassAt(ch);
            int quietAfter = (Chars.isLatin((char) ch) ? 0 : QUIET_UNLESS_AFTER_LATIN) | wordClass << WORD_CLASS_SHIFT;
            quietAtRoot[ch] = (byte) (quietness(symbols[ch]) | wordClass << WORD_CLASS_SHIFT | quietAfter << QUIET_AFTER_SHIFT - 1);
        }
    }

    /**
     * {@link Chars#wordClass} of any char, for the tables built once per lexicon: no char past
     * {@link Chars#LAST_CLASSED} is a letter or has a word class, so those are not looked up.
     */
    private static int wordClassAt(int ch) {
        return ch <= Chars.LAST_CLASSED ? Chars.wordClass((char) ch) : 0;
    }

    /**
     * Per dense symbol, the word classes shared by every char the scanner reads as it: the chars it is the code of,
     * and the leet chars that stand for it between letters ({@code @} for {@code a} has no class, so {@code a} gets none).
     */
    private byte[] denseWordClasses() {
        int all = Chars.WORD_CLASSES - 1;
        byte[] classes = new byte[DENSE_SYMBOLS];
        Arrays.fill(classes, (byte) all);
        for (int ch = 0; ch < symbols.length; ch++) {
            if (symbols[ch] < DENSE_SYMBOLS) {
                classes[symbols[ch]] &= (byte) wordClassAt(ch);
            }
        }
        for (char ch : LEET_DIGITS.toCharArray()) {
            classes[leet[ch]] &= (byte) Chars.wordClass(ch);
        }
        classes[leetL] &= (byte) Chars.wordClass('1');
        return classes;
    }

    /**
     * The bits of {@link #quietAtRoot()} that make a char quiet at the root after {@code before}, the entry of the char
     * before it: {@link #QUIET}, {@link #QUIET_UNLESS_AFTER_LATIN} unless it is a Latin letter, and its word classes.
     */
    static int quietAfter(byte before) {
        return before >> QUIET_AFTER_SHIFT - 1 & ~QUIET | QUIET;
    }

    /**
     * Gives each Hanzi that stands for several symbols (itself as written, the syllables terms use) a group symbol
     * of its own. A leet char between letters stands for several symbols too, but it is no group: in a lexicon
     * with digits in its terms, nearly every state would have a combined state for each leet char, and states
     * for the states those lead to; the scanner reads it apart, rare as it is.
     *
     * @return a builder for the automaton, its groups registered
     */
    private TermAutomaton.Builder builderWithGroups(List<int[]> sequences, int[] next) {
        boolean[] usedSyllable = new boolean[syllables];
        for (int[] seq : sequences) {
            for (int sym : seq) {
                if (sym >= syllableBase && sym < syllableBase + syllables) {
                    usedSyllable[sym - syllableBase] = true;
                }
            }
        }
        Map<Integer, int[]> groups = new LinkedHashMap<>();
        int[] alternatives = new int[MAX_ALTERNATIVES];
        for (int c = PinyinTable.FIRST; c <= PinyinTable.LAST; c++) {
            int k = 0;
            if (symbols[c] != NONE) {
                alternatives[k++] = symbols[c]; // the character itself, for terms matched as written
            }
            for (int r = pinyin.first((char) c); r >= 0 && r < pinyin.last((char) c) && k < MAX_ALTERNATIVES; r++) {
                if (usedSyllable[pinyin.reading(r)]) {
                    alternatives[k++] = syllableBase + pinyin.reading(r);
                }
            }
            if (k > 1) {
                symbols[c] = (short) newSymbol(next);
                groups.put((int) symbols[c], Arrays.copyOf(alternatives, k));
            } else {
                symbols[c] = (short) (k == 0 ? NONE : alternatives[0]);
            }
        }
        TermAutomaton.Builder b = new TermAutomaton.Builder(next[0], DENSE_SYMBOLS);
        groups.forEach(b::group);
        return b;
    }

    private byte quietness(int code) {
        if (code == AT) {
            return 0; // the scanner notes every @ it reads
        }
        if (automaton.next(TermAutomaton.ROOT, code) != TermAutomaton.ROOT) {
            return 0;
        }
        return code > SEP && code <= LAST_LEET ? QUIET_UNLESS_AFTER_LATIN : QUIET; // between letters a leet char is a letter
    }

    /**
     * Per char, whether it leaves the automaton at the root when read there, with every symbol it may stand for:
     * {@link #QUIET}, {@link #QUIET_UNLESS_AFTER_LATIN} (a leet digit, which after a letter may stand for one), or 0. Most
     * chars of Chinese text and many digits and separators are quiet, so the scanner reads them without a transition.
     */
    byte[] quietAtRoot() {
        return quietAtRoot;
    }

    /**
     * What the scanner reads each normalized char as, indexed by char: {@link #SEP}, a symbol id (1 to
     * {@link #LAST_LEET} for the leet chars), {@link #NONE}, or the group symbol of a Hanzi that stands for
     * several symbols. Most characters stand for nothing the automaton could follow and cost one lookup in this
     * table of shorts. The scanner reads the array itself; nothing writes it.
     */
    short[] codes() {
        return symbols;
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

    /** @return whether a term that may run on into more letters ends at automaton state {@code state} */
    boolean prefixEndsAt(int state) {
        return prefixEnds[state];
    }

    private int symbolFor(char c, int[] next) {
        if (symbols[c] == NONE) {
            symbols[c] = (short) newSymbol(next);
            if (symbols[c] >= dedupe.length) {
                dedupe = Arrays.copyOf(dedupe, dedupe.length * 2 + symbols[c]);
            }
            dedupe[symbols[c]] = Chars.isLatin(c) || Chars.isCyrillic(c);
        }
        return symbols[c];
    }

    private static int newSymbol(int[] next) {
        if (next[0] > Short.MAX_VALUE) {
            throw new IllegalArgumentException("The terms use more than " + Short.MAX_VALUE + " distinct characters: "
                    + "add fewer terms to the checker.");
        }
        return next[0]++;
    }

    /** Expands a normalized term into the symbol sequences that spell it. */
    private List<int[]> variants(String text, boolean bySound, int[] next) {
        List<List<int[]>> slots = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            List<int[]> alts = new ArrayList<>();
            if (bySound && Chars.isHan(c) && pinyin.first(c) >= 0) {
                for (int k = pinyin.first(c); k < pinyin.last(c); k++) {
                    int syl = pinyin.reading(k);
                    alts.add(new int[] {syllableBase + syl});
                    String spelled = pinyin.syllable(syl);
                    int[] letters = new int[spelled.length()];
                    for (int j = 0; j < letters.length; j++) {
                        letters[j] = symbolFor(spelled.charAt(j), next);
                    }
                    alts.add(letters);
                }
            } else {
                alts.add(new int[] {Chars.isSeparator(c) ? SEP : symbolFor(c, next)});
            }
            slots.add(alts);
        }
        List<int[]> out = new ArrayList<>();
        expand(slots, 0, new ArrayList<>(), out, text, bySound);
        return out;
    }

    private void expand(List<List<int[]>> slots, int i, List<Integer> acc, List<int[]> out, String text, boolean bySound) {
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
            expand(slots, i + 1, acc, out, text, bySound);
            // Pinyin spelled in Latin letters may be split by a space: "wei xin".
            if (bySound && alt.length > 1 && mark > 0 && isLetterSymbol(acc.get(mark - 1))) {
                List<Integer> spaced = new ArrayList<>(acc.subList(0, mark));
                spaced.add(SEP);
                for (int s : alt) {
                    spaced.add(s);
                }
                expand(slots, i + 1, spaced, out, text, bySound);
            }
            while (acc.size() > mark) {
                acc.remove(acc.size() - 1);
            }
        }
    }

    private boolean isLetterSymbol(int symbol) {
        return symbol < dedupe.length && dedupe[symbol];
    }



    /** Collapses letters repeated three times or more, and runs of separators, as the scanner reads a text. */
    private int[] collapse(List<Integer> seq) {
        int[] out = new int[seq.size()];
        int n = 0;
        for (int i = 0; i < seq.size(); i++) {
            int s = seq.get(i);
            if (s == SEP && n > 0 && out[n - 1] == SEP) {
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

    /** @return the term with this id */
    Term term(int id) {
        return terms[id];
    }

    /** @return the {@link TermKind} ordinal of the term with this id */
    int kindOf(int id) {
        return kinds[id];
    }

    /** @return whether the term with this id may be followed by more letters */
    boolean isPrefix(int id) {
        return prefixes[id];
    }

    /** @return the term's text as normalized for matching */
    String normalized(int id) {
        return normalized[id];
    }

    /** @return the number of terms */
    public int size() {
        return terms.length;
    }

}
