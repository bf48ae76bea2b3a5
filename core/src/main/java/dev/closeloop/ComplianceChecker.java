package dev.closeloop;

import dev.closeloop.internal.Checks;
import dev.closeloop.internal.Detections;
import dev.closeloop.internal.Engine;
import dev.closeloop.internal.ScanState;
import dev.closeloop.spi.Confidence;
import dev.closeloop.spi.Detection;
import dev.closeloop.spi.Detector;
import dev.closeloop.spi.PolicyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks seller messages against a marketplace's rules on taking buyers off the platform.
 *
 * <pre>{@code
 * ComplianceChecker checker = ComplianceChecker.standard();
 * Verdict v = checker.evaluate("加我薇信 lily_0909", Platform.ALIEXPRESS);
 * if (v.decision() == Decision.BLOCK) { ... v.findings() ... }
 * }</pre>
 *
 * <p><b>Thread-safety:</b> instances are immutable and thread-safe; build one and share it, for
 * example in a {@code static final} field. Evaluation takes no locks; each thread reuses its own
 * scratch buffers, and a message without findings gets a shared verdict, so checking a clean
 * message allocates nothing.
 *
 * <p><b>Failures:</b> a detector that throws never lets a message through silently: the verdict
 * gets a {@code detector-error} finding with action {@link Decision#REVIEW} (configurable with
 * {@link Builder#onDetectorError}). Message text is never logged above DEBUG level.
 */
public final class ComplianceChecker {
    /** Made on first use: only a failing detector logs, and slf4j's search for a provider took a fresh JVM 20-25 ms. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(ComplianceChecker.class);
    }

    /** The longest text accepted by default: 32 Mi chars. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 32 * 1024 * 1024;

    private final Engine engine;
    private final List<Detector> detectors;
    /** The same detectors, walked per message without an iterator (a list's would be allocated where its call site sees several list classes). */
    private final Detector[] detectorArray;
    private final Map<Platform, PlatformPolicy> policies;
    private final Set<String> allowedTerms;
    private final Set<String> allowedDomains;
    private final Decision errorAction;
    private final boolean rethrow;
    private final int maxTextLength;
    /** Scans the thread's earlier messages for the conversation rules; one instance, so no call allocates it. */
    private final Function<Message, Scan> threadReader = m -> scan(m.text(), m, true);

    private ComplianceChecker(Builder b, Engine engine) {
        this.engine = engine;
        List<Detector> all = new ArrayList<>();
        if (b.builtIns) {
            all.addAll(engine.builtInDetectors());
        }
        all.addAll(b.detectors);
        b.patterns.forEach(all::add);
        this.detectors = List.copyOf(all);
        this.detectorArray = all.toArray(new Detector[0]);
        this.policies = Collections.unmodifiableMap(new EnumMap<>(b.policies));
        Set<String> terms = new LinkedHashSet<>();
        for (String t : b.allowedTerms) {
            terms.add(Engine.normalize(t));
        }
        this.allowedTerms = Collections.unmodifiableSet(terms);
        this.allowedDomains = Collections.unmodifiableSet(new LinkedHashSet<>(b.allowedDomains));
        this.errorAction = b.errorAction;
        this.rethrow = b.rethrow;
        this.maxTextLength = b.maxTextLength;
    }

    /**
     * A checker with every built-in detector and every bundled platform policy. Policies are found
     * on the class path with {@link ServiceLoader}; add {@code dev.closeloop:closeloop-platform-rules}.
     *
     * @return the checker
     * @throws IllegalStateException if no policies are on the class path
     */
    public static ComplianceChecker standard() {
        ComplianceChecker checker = builder().build();
        if (checker.policies.isEmpty()) {
            throw new IllegalStateException("No platform policies found: add the dependency "
                    + "dev.closeloop:closeloop-platform-rules, or build a checker with builder().policy(...).");
        }
        return checker;
    }

    /**
     * Starts a builder with the built-in detectors and the bundled policies (when on the class path).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a seller message with no conversation around it and an unknown stage.
     *
     * @param text the message text, not null
     * @param platform the marketplace, not null
     * @return the verdict
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is longer than the checker accepts
     * @throws IllegalStateException if the checker has no policy for the platform
     */
    public Verdict evaluate(String text, Platform platform) {
        Checks.notNull(text, "text");
        PlatformPolicy policy = policy(platform);
        checkLength(text);
        // a lone seller message: the Message is made only when something needs more than its text
        Scan scan = scan(text, null, false);
        if (scan.detections().isEmpty() && ConversationRules.leaveCleanOpeningAlone(policy)) {
            return Verdict.allowed(policy.platform());
        }
        return decide(Message.of(text), policy, scan);
    }

    /**
     * Checks a message under the platform's policy.
     *
     * @param message the message, with its sender, stage and thread, not null
     * @param platform the marketplace, not null
     * @return the verdict
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is longer than the checker accepts
     * @throws IllegalStateException if the checker has no policy for the platform
     */
    public Verdict evaluate(Message message, Platform platform) {
        Checks.notNull(message, "message");
        return evaluate(message, policy(platform));
    }

    /**
     * Checks a message under a given policy, such as one changed with {@link PlatformPolicy#toBuilder()}.
     *
     * @param message the message, not null
     * @param policy the policy to apply, not null
     * @return the verdict
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is longer than the checker accepts
     */
    public Verdict evaluate(Message message, PlatformPolicy policy) {
        Checks.notNull(message, "message");
        Checks.notNull(policy, "policy");
        checkLength(message.text());
        return decide(message, policy, scan(message.text(), message, false));
    }

    private PlatformPolicy policy(Platform platform) {
        Checks.notNull(platform, "platform");
        PlatformPolicy policy = policies.get(platform);
        if (policy == null) {
            throw new IllegalStateException("This checker has no policy for " + platform
                    + ": add dev.closeloop:closeloop-platform-rules to the class path, or pass one with Builder.policy(...).");
        }
        return policy;
    }

    private void checkLength(String text) {
        int length = text.length();
        if (length > maxTextLength) {
            throw new IllegalArgumentException("The message text has " + length + " chars, more than this checker's limit of "
                    + maxTextLength + "; split it, or raise the limit with Builder.maxTextLength(int).");
        }
    }

    private Verdict decide(Message message, PlatformPolicy policy, Scan scan) {
        ConversationRules.Outcome outcome = ConversationRules.apply(message, policy, scan, threadReader);
        return Judge.verdict(message, policy, outcome.detections(), outcome.actions(), allowedTerms, allowedDomains,
                errorAction, scan.language());
    }

    /**
     * Runs every detector over one text.
     *
     * @param message the message the text is from, or null for a lone seller message
     */
    private Scan scan(String text, Message message, boolean withChannels) {
        if (text.isEmpty()) {
            return Scan.clean(0);
        }
        ScanState state = ScanState.acquire();
        try {
            Detections sink = state.prepare(text, message, engine.lexicon());
            for (Detector d : detectorArray) {
                sink.reportingFor(d);
                try {
                    d.detect(state, sink);
                } catch (RuntimeException | StackOverflowError e) {
                    if (rethrow) {
                        throw e;
                    }
                    Log.LOG.warn("Detector '{}' failed ({}); the message gets a detector-error finding.", d.id(), e.getClass().getName());
                    Log.LOG.debug("Detector '{}' failure", d.id(), e);
                    sink.add(errorDetection(d));
                }
            }
            List<Detection> found = sink.take();
            Set<String> channels = withChannels ? state.channelsNamed() : Set.of();
            if (found.isEmpty()) {
                return channels.isEmpty() ? Scan.clean(state.cues()) : new Scan(found, state.cues(), channels, null);
            }
            return new Scan(found, state.cues(), channels, Language.of(state.originalChars(), text.length(),
                    state.originalMayHaveCyrillic()));
        } finally {
            state.release();
        }
    }

    private static Detection errorDetection(Detector d) {
        Category c = d.categories().isEmpty() ? Category.CONTACT_INFO : d.categories().iterator().next();
        return new Detection(c, Judge.DETECTOR_ERROR, 0, 0, Confidence.CERTAIN,
                "Detector '" + d.id() + "' failed on this message, so it could not be checked fully; a person should look at it.",
                Map.of("detector", d.id()));
    }

    /** @return the policies this checker knows, by platform */
    public Map<Platform, PlatformPolicy> policies() {
        return policies;
    }

    /** @return the detectors this checker runs, in order: built-in ones first */
    public List<Detector> detectors() {
        return detectors;
    }

    @Override
    public String toString() {
        return "ComplianceChecker[detectors=" + detectors.size() + ", platforms=" + policies.keySet() + "]";
    }

    /**
     * Configures a {@link ComplianceChecker}. Not thread-safe; {@link #build()} may be called more than
     * once, and every checker it returns is independent of later changes to the builder.
     */
    public static final class Builder {
        private boolean builtIns = true;
        private final List<Detector> detectors = new ArrayList<>();
        private final List<PatternDetector> patterns = new ArrayList<>();
        private final Map<String, Category> terms = new LinkedHashMap<>();
        private final Map<Platform, PlatformPolicy> policies = new EnumMap<>(Platform.class);
        private final Set<String> allowedTerms = new LinkedHashSet<>();
        private final Set<String> allowedDomains = new LinkedHashSet<>();
        private Decision errorAction = Decision.REVIEW;
        private boolean rethrow;
        private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;

        private Builder() {
            for (PolicyProvider p : ServiceLoader.load(PolicyProvider.class, ComplianceChecker.class.getClassLoader())) {
                for (PlatformPolicy policy : p.policies()) {
                    policies.putIfAbsent(policy.platform(), policy);
                }
            }
        }

        /**
         * Adds a detector; it runs after the built-in ones.
         *
         * @param detector the detector, not null; must be thread-safe
         * @return this builder
         */
        public Builder addDetector(Detector detector) {
            detectors.add(Checks.notNull(detector, "detector"));
            return this;
        }

        /**
         * Runs only the detectors added with {@link #addDetector}, terms and patterns.
         *
         * @return this builder
         */
        public Builder withoutBuiltInDetectors() {
            builtIns = false;
            return this;
        }

        /**
         * Adds a word or phrase to find, normalized like messages (so full-width or look-alike
         * spellings match too), reported under the given category.
         *
         * @param term the term, not null or blank
         * @param category what it stands for, not null
         * @return this builder
         */
        public Builder addTerm(String term, Category category) {
            Checks.notNull(term, "term");
            Checks.notNull(category, "category");
            Checks.argument(!Engine.normalize(term).isEmpty(), "The term '%s' is blank after normalization; pass a word or phrase.", term);
            terms.put(term, category);
            return this;
        }

        /**
         * Adds a regular expression in re2j syntax, matched against the normalized (lower-case,
         * width-folded) text. re2j runs in linear time, so no pattern can hang a check.
         *
         * @param ruleId the rule id its findings carry, not null or blank
         * @param regex the pattern, not null
         * @param category what a match stands for, not null
         * @return this builder
         * @throws IllegalArgumentException if the pattern is not valid re2j syntax
         */
        public Builder addPattern(String ruleId, String regex, Category category) {
            Checks.notNull(ruleId, "ruleId");
            Checks.notNull(regex, "regex");
            Checks.notNull(category, "category");
            Checks.argument(!ruleId.isBlank(), "The ruleId is blank; pass a short id such as 'acme.competitor'.");
            patterns.add(new PatternDetector(ruleId, regex, category));
            return this;
        }

        /**
         * Never reports a finding whose text contains this term (after normalization), such as your
         * own brand or model names that look like ids.
         *
         * @param term the term, not null or blank
         * @return this builder
         */
        public Builder allowTerm(String term) {
            Checks.notNull(term, "term");
            Checks.argument(!Engine.normalize(term).isEmpty(), "The term '%s' is blank after normalization; pass a word or phrase.", term);
            allowedTerms.add(term);
            return this;
        }

        /**
         * Allows links to a domain and its subdomains on every platform.
         *
         * @param domain a bare domain such as {@code example.com}, not null
         * @return this builder
         */
        public Builder allowDomain(String domain) {
            Checks.notNull(domain, "domain");
            String d = domain.trim().toLowerCase(Locale.ROOT);
            Checks.argument(!d.isEmpty() && d.indexOf('/') < 0 && d.indexOf(' ') < 0 && d.indexOf('.') > 0,
                    "The domain '%s' is not a bare domain name: pass it as 'example.com', without scheme or path.", domain);
            allowedDomains.add(d);
            return this;
        }

        /**
         * Uses this policy for its platform, replacing the bundled one.
         *
         * @param policy the policy, not null
         * @return this builder
         */
        public Builder policy(PlatformPolicy policy) {
            Checks.notNull(policy, "policy");
            policies.put(policy.platform(), policy);
            return this;
        }

        /**
         * What a detector failure asks for: {@link Decision#REVIEW} (the default) or {@link Decision#BLOCK}.
         *
         * @param action REVIEW or BLOCK, not null
         * @return this builder
         */
        public Builder onDetectorError(Decision action) {
            Checks.notNull(action, "action");
            Checks.argument(action != Decision.ALLOW, "A detector failure cannot ALLOW a message: pass REVIEW or BLOCK.");
            errorAction = action;
            rethrow = false;
            return this;
        }

        /**
         * Rethrows a detector's exception from {@code evaluate} instead of reporting it as a finding.
         *
         * @return this builder
         */
        public Builder rethrowDetectorErrors() {
            rethrow = true;
            return this;
        }

        /**
         * @param chars the longest text {@code evaluate} accepts, at least 1
         * @return this builder
         */
        public Builder maxTextLength(int chars) {
            Checks.argument(chars >= 1, "maxTextLength must be at least 1, was %d.", chars);
            maxTextLength = chars;
            return this;
        }

        /** @return the checker */
        public ComplianceChecker build() {
            Engine engine = terms.isEmpty() ? Engine.standard() : Engine.withTerms(terms);
            return new ComplianceChecker(this, engine);
        }
    }
}
