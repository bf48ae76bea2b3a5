package dev.closeloop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * All terms the detectors look for, compiled into one {@link TermAutomaton} so a message is read
 * once whatever the number of terms and languages, with the tables the scanner reads chars with.
 *
 * <p>Each term is normalized exactly as messages are, then compiled into symbol sequences
 * ({@link LexiconCompiler}): chars as themselves, spaces as one separator symbol, and — for terms marked
 * {@code sound} — every Hanzi as each of its pinyin syllables and as the Latin spelling of that syllable,
 * so 微信 also yields 薇信, 威信, weixin, wei xin, 微xin and wei信. The bundled terms' compiled form is
 * read from the build's snapshot ({@link LexiconSnapshot}). Immutable and thread-safe.
 */
public final class Lexicon {
    /** The length of the tables indexed by char: {@link #codes()}, {@link #quietAtRoot()}. */
    static final int CHARS = 65536;
    /** The length of {@link #leet}, indexed by the ASCII leet char. */
    static final int LEET_CHARS = 128;
    static final int SEP = 0;
    /** The most symbols one char may stand for; pinyin4j gives no Hanzi more than a handful of readings. */
    static final int MAX_ALTERNATIVES = 31;
    /**
     * Digits and signs that also stand for a letter between letters; they get symbols 1 to
     * {@link #LAST_LEET}, so the scanner tells them by comparing a symbol; {@code @} first, as {@link #AT}.
     */
    static final String LEET_DIGITS = "@$013457";
    /** The symbol of {@code @}: the scanner notes every one it reads, so it never takes the scanner's fast path. */
    static final int AT = 1;
    static final int LAST_LEET = LEET_DIGITS.length();
    /**
     * The symbol of every char no term uses: a dense symbol no transition follows, so it takes every state
     * back to the root on the scanner's fast path like any other char.
     */
    static final int NONE = LAST_LEET + 1;
    /** Chars that get the first symbol ids, so the automaton can keep a dense transition table for them. */
    static final String DENSE_CHARS = LEET_DIGITS + "abcdefghijklmnopqrstuvwxyz2689абвгдеёжзийклмнопрстуфхцчшщъыьэюя:%&'❤+#";
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

    private final Term[] terms;
    /** Per term id: its kind's ordinal and whether it may run on into more letters, read by the scanner on every hit. */
    private final byte[] kinds;
    private final boolean[] prefixes;
    private final String[] normalized;
    /** See {@link #codes()}. */
    private final short[] symbols;
    /** Per char: {@link #QUIET} or {@link #QUIET_UNLESS_AFTER_LATIN} when it takes the root back to the root. */
    private final byte[] quietAtRoot;
    /**
     * Per automaton state: a term that may run on into more letters ends there. At other states a term ends
     * only at a word's end, so the scanner need not look at one that ends inside a word.
     */
    private final boolean[] prefixEnds;
    final TermAutomaton automaton;
    /** Symbol of the letter a leet char stands for between letters, or -1; '1' also stands for 'l'. */
    final int[] leet;
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
        return LexiconCompiler.compile(all);
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

    /**
     * @param terms the terms the snapshot was compiled from
     * @return the lexicon {@link #writeTo} wrote
     * @throws IllegalStateException when the snapshot does not hold a lexicon of {@code terms}
     */
    static Lexicon read(List<Term> terms, Snapshot.Reader compiled) {
        String[] normalized = compiled.getStrings();
        short[] symbols = compiled.getShorts();
        byte[] quietAtRoot = compiled.getBytes();
        int[] leet = compiled.getInts();
        int leetL = compiled.getInt();
        TermAutomaton automaton = TermAutomaton.readFrom(compiled);
        boolean[] prefixEnds = compiled.getBooleans();
        if (normalized.length != terms.size() || symbols.length != CHARS || quietAtRoot.length != CHARS
                || leet.length != LEET_CHARS || prefixEnds.length != automaton.stateCount() || !compiled.atEnd()) {
            throw new IllegalStateException("The lexicon snapshot does not match the term files; rebuild the closeloop-core jar.");
        }
        return new Lexicon(terms, normalized, symbols, quietAtRoot, leet, leetL, automaton, prefixEnds);
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

    /** A lexicon of {@code terms}, compiled to the symbols, tables and automaton given, which it keeps. */
    Lexicon(List<Term> terms, String[] normalized, short[] symbols, byte[] quietAtRoot, int[] leet, int leetL,
            TermAutomaton automaton, boolean[] prefixEnds) {
        this.terms = terms.toArray(new Term[0]);
        kinds = new byte[this.terms.length];
        prefixes = new boolean[this.terms.length];
        for (Term t : this.terms) {
            kinds[t.id()] = (byte) t.kind().ordinal();
            prefixes[t.id()] = t.prefix();
        }
        this.normalized = normalized;
        this.symbols = symbols;
        this.quietAtRoot = quietAtRoot;
        this.leet = leet;
        this.leetL = leetL;
        this.automaton = automaton;
        this.prefixEnds = prefixEnds;
    }

    /**
     * {@link Chars#wordClass} of any char, for the tables built once per lexicon: no char past
     * {@link Chars#LAST_CLASSED} is a letter or has a word class, so those are not looked up.
     */
    static int wordClassAt(int ch) {
        return ch <= Chars.LAST_CLASSED ? Chars.wordClass((char) ch) : 0;
    }

    /**
     * The bits of {@link #quietAtRoot()} that make a char quiet at the root after {@code before}, the entry of the char
     * before it: {@link #QUIET}, {@link #QUIET_UNLESS_AFTER_LATIN} unless it is a Latin letter, and its word classes.
     */
    static int quietAfter(byte before) {
        return before >> QUIET_AFTER_SHIFT - 1 & ~QUIET | QUIET;
    }

    /**
     * The entry of {@link #quietAtRoot()} for {@code ch}: its {@code quietness} at the root ({@link #QUIET},
     * {@link #QUIET_UNLESS_AFTER_LATIN} or 0), its word classes, and the bits {@link #quietAfter} reads for the char
     * after it.
     */
    static byte quietEntry(char ch, byte quietness) {
        int wordClass = wordClassAt(ch);
        int quietAfter = (Chars.isLatin(ch) ? 0 : QUIET_UNLESS_AFTER_LATIN) | wordClass << WORD_CLASS_SHIFT;
        return (byte) (quietness | wordClass << WORD_CLASS_SHIFT | quietAfter << QUIET_AFTER_SHIFT - 1);
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

    /** @return whether a term that may run on into more letters ends at automaton state {@code state} */
    boolean prefixEndsAt(int state) {
        return prefixEnds[state];
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
