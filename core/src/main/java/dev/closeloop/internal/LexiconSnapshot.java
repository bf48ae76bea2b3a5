package dev.closeloop.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The bundled lexicon as compiled when the jar was built ({@value #FILE}): its normalized terms, char tables and
 * automaton. Compiling 1,500 terms (their pinyin spellings, the trie, its failure links and combined states) took
 * about half of a fresh JVM's {@code ComplianceChecker.standard()}; reading the compiled arrays takes a few
 * milliseconds. The build writes the file with {@link #main}, in core's {@code process-classes} phase, after the
 * classes and data files it is compiled from are in place.
 *
 * <p>A snapshot is read only when its fingerprint, a CRC-32 over the data files ({@link #DATA}) and the classes that
 * decide what terms compile to ({@link #CODE}), matches the class path's; otherwise, or when there is none, the
 * lexicon is compiled as before. So a data file edited without a build, in an IDE, is never answered from an old
 * snapshot. A checker with terms of its own always compiles its lexicon.
 */
final class LexiconSnapshot {
    static final String FILE = "lexicon.bin";
    /** Every data file beside this class: any of them may feed normalization, and so the compiled terms. */
    static final List<String> DATA = List.of("channels.tsv", "cues.tsv", "domain-spellings.tsv", "fold.tsv",
            "hanzi-lookalikes.tsv", "intents.tsv", "mail-providers.tsv", "marketplace-numbers.tsv", "marketplaces.tsv",
            "number-words.tsv", "pictograph-words.tsv", "pinyin.txt", "platform-hosts.tsv", "tlds.tsv", "traditional.tsv");
    /** The classes whose code decides what the terms compile to: the lexicon, the automaton and the normalizer's. */
    static final List<String> CODE = List.of("AddressScanner", "Chars", "Lexicon", "LexiconCompiler", "LexiconSnapshot",
            "LookAlikes", "NormalizedText", "Normalizer", "NumberRun", "PictographWords", "PinyinTable", "Snapshot", "StateSets",
            "Term", "TermAutomaton", "TermAutomaton$Builder", "TermKind", "TermScanner", "WordTable");
    private static final int MAGIC = 0x434C4C58;

    private LexiconSnapshot() {}

    /**
     * @param terms the bundled terms, as {@link Lexicon#bundledTerms()} reads them
     * @return the lexicon of the snapshot, or null when there is none or it was compiled from other files or code
     */
    static Lexicon read(List<Term> terms) {
        byte[] bytes;
        try (InputStream in = LexiconSnapshot.class.getResourceAsStream(FILE)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        return read(terms, bytes);
    }

    /**
     * @return the lexicon of snapshot {@code bytes}, or null when they were compiled from other files or code
     * @throws IllegalStateException when the fingerprint matches but the rest is damaged
     */
    static Lexicon read(List<Term> terms, byte[] bytes) {
        Snapshot.Reader r = new Snapshot.Reader(bytes);
        if (bytes.length < 12 || r.getInt() != MAGIC || r.getLong() != fingerprint()) {
            return null;
        }
        return Lexicon.read(terms, r);
    }

    /** @return the snapshot of the bundled lexicon, compiled now */
    static byte[] write() {
        Snapshot.Writer w = new Snapshot.Writer().putInt(MAGIC).putLong(fingerprint());
        LexiconCompiler.compile(Lexicon.bundledTerms()).writeTo(w);
        return w.toByteArray();
    }

    /** A CRC-32 of the data files and classes, each read from the class path. */
    static long fingerprint() {
        CRC32 crc = new CRC32();
        for (String name : DATA) {
            crc.update(Resources.bytes(name));
        }
        for (String name : CODE) {
            crc.update(Resources.bytes(name + ".class"));
        }
        return crc.getValue();
    }

    /**
     * Writes the snapshot; run by the build.
     *
     * @param args the file to write
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Give the file to write the lexicon snapshot to.");
        }
        Files.write(Path.of(args[0]), write());
    }
}
