package dev.closeloop.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconSnapshotTest {

    private static byte[] tablesOf(Lexicon lex) {
        Snapshot.Writer w = new Snapshot.Writer();
        lex.writeTo(w);
        return w.toByteArray();
    }

    @Test
    void theBuildsSnapshot_holdsWhatTheBundledTermsCompileToNow() {
        List<Term> terms = Lexicon.bundledTerms();
        Lexicon read = LexiconSnapshot.read(terms);
        assertNotNull(read, "the build writes " + LexiconSnapshot.FILE + " for the classes and data files it compiled");
        Lexicon compiled = LexiconCompiler.compile(terms);
        assertArrayEquals(tablesOf(compiled), tablesOf(read));
        assertEquals(compiled.size(), read.size());
        for (int id = 0; id < compiled.size(); id++) {
            assertEquals(compiled.term(id), read.term(id));
            assertEquals(compiled.kindOf(id), read.kindOf(id));
            assertEquals(compiled.isPrefix(id), read.isPrefix(id));
        }
    }

    @Test
    void aLexiconWithTermsOfItsOwn_isCompiled() {
        Lexicon lex = Lexicon.load(List.of(new Term(0, "acme-shop", TermKind.USER, "PROMOTION", "user", false, false, false)));
        assertEquals(Lexicon.bundledTerms().size() + 1, lex.size());
        assertEquals("acme-shop", lex.normalized(lex.size() - 1));
    }

    @Test
    void aSnapshotOfOtherFilesOrCode_isNotRead() {
        byte[] bytes = LexiconSnapshot.write();
        bytes[11] ^= 1; // the fingerprint's last byte
        assertNull(LexiconSnapshot.read(Lexicon.bundledTerms(), bytes));
        assertNull(LexiconSnapshot.read(Lexicon.bundledTerms(), new byte[3]));
    }

    @Test
    void aDamagedSnapshot_failsWithAMessage() {
        byte[] bytes = LexiconSnapshot.write();
        List<Term> terms = Lexicon.bundledTerms();
        IllegalStateException cut = assertThrows(IllegalStateException.class,
                () -> LexiconSnapshot.read(terms, Arrays.copyOf(bytes, bytes.length / 2)));
        assertTrue(cut.getMessage().contains("rebuild the closeloop-core jar"), cut.getMessage());
        assertThrows(IllegalStateException.class, () -> LexiconSnapshot.read(terms.subList(0, terms.size() - 1), bytes),
                "a snapshot of other terms");
    }

    @Test
    void theFingerprint_coversEveryDataFile() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/dev/closeloop/internal"))) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(LexiconSnapshot.DATA));
    }
}
