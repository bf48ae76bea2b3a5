package dev.closeloop.internal;

import dev.closeloop.Category;
import dev.closeloop.spi.Detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built-in matching machinery a checker is made of: the compiled lexicon and the built-in
 * detectors that read it. The standard engine is built once per JVM and shared; an engine with
 * user terms compiles its own lexicon. Immutable and thread-safe.
 */
public final class Engine {
    private static final class Standard {
        static final Engine INSTANCE = new Engine(List.of());
    }

    private final Lexicon lexicon;
    private final List<Detector> builtIns;

    private Engine(List<Term> extra) {
        lexicon = Lexicon.load(extra);
        // a lexicon read from its snapshot normalized no term, so the normalizer's tables (folds, number words,
        // spelled signs) would load with the first message: load them with the engine, as compiling the terms did
        normalize("加我 WeChat: one two 3 @ dot");
        builtIns = extra.isEmpty() ? List.of(new ContactDetector(), new ChannelDetector(), new IntentDetector(lexicon))
                : List.of(new ContactDetector(), new ChannelDetector(), new IntentDetector(lexicon), new UserTermDetector());
    }

    /** @return the engine with the bundled lexicon, built on first use */
    public static Engine standard() {
        return Standard.INSTANCE;
    }

    /**
     * @param userTerms terms to find, each with the category it stands for; not empty
     * @return an engine whose lexicon also holds the user's terms
     */
    public static Engine withTerms(Map<String, Category> userTerms) {
        List<Term> extra = new ArrayList<>();
        userTerms.forEach((text, category) -> extra.add(new Term(0, text, TermKind.USER, category.name(), "user", false, false, false)));
        return new Engine(extra);
    }

    /** @return the lexicon every message is scanned with */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** @return the built-in detectors, in the order they run; the user-term detector only when there are user terms */
    public List<Detector> builtInDetectors() {
        return builtIns;
    }

    /**
     * Normalizes a text the way messages are normalized, for comparing user-supplied words.
     *
     * @param text any text
     * @return its normalized form
     */
    public static String normalize(String text) {
        NormalizedText out = new NormalizedText();
        Normalizer.normalize(text, new NormalizedText(), out);
        return out.toString();
    }
}
