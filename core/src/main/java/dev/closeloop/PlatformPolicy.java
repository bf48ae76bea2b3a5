package dev.closeloop;

import dev.closeloop.internal.Checks;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one platform rules on what Closeloop finds: the {@link Decision} per {@link Category} and
 * {@link Stage}, the domains that are the platform's own, the conversation rules it applies,
 * citations, penalties and a compliant wording to suggest.
 *
 * <p>Guarantees: instances are deeply immutable, never hold nulls, and are safe to share between
 * threads and to keep in a {@code static final} field. Change one with {@link #toBuilder()}:
 *
 * <pre>{@code
 * PlatformPolicy mine = standardPolicy.toBuilder()
 *         .allowDomain("mybrand-support.com")
 *         .action(Category.PROMOTION, Decision.REVIEW)
 *         .build();
 * checker.evaluate(message, mine);
 * }</pre>
 *
 * <p>Actions: a category with no action set is {@link Decision#BLOCK} at every stage (a policy
 * fails closed). {@link Stage#UNKNOWN} takes the strictest action of all stages unless set itself.
 */
public final class PlatformPolicy {
    private static final int STAGES = Stage.values().length;
    private final Platform platform;
    /** The action by category ordinal, then stage ordinal: read for every finding, without map lookups. */
    private final Decision[] actionTable;
    private final Set<String> allowedDomains;
    /** The allowed domains again, for the check of every link found to walk without an iterator. */
    private final String[] allowedDomainArray;
    private final Set<ConversationRule> conversationRules;
    private final Map<Category, String> citations;
    /** By category ordinal: a space and the citation, or empty; the judge appends it to every explanation. */
    private final String[] citationSuffixes;
    private final String penalty;
    private final Map<Category, Map<String, String>> suggestions;

    private PlatformPolicy(Builder b) {
        platform = b.platform;
        actionTable = new Decision[Category.values().length * STAGES];
        for (Category c : Category.values()) {
            Decision strictest = Decision.ALLOW;
            for (Stage s : Stage.values()) {
                if (s == Stage.UNKNOWN) {
                    continue;
                }
                Decision atStage = b.actionSet(c, s);
                Decision atAll = b.actionSet(c, null);
                Decision d = atStage != null ? atStage : atAll != null ? atAll : Decision.BLOCK;
                actionTable[slot(c, s)] = d;
                strictest = strictest.max(d);
            }
            Decision unknown = b.actionSet(c, Stage.UNKNOWN);
            actionTable[slot(c, Stage.UNKNOWN)] = unknown != null ? unknown : strictest;
        }
        allowedDomains = Collections.unmodifiableSet(new LinkedHashSet<>(b.allowedDomains));
        allowedDomainArray = allowedDomains.toArray(new String[0]);
        conversationRules = Collections.unmodifiableSet(b.conversationRules.isEmpty()
                ? EnumSet.noneOf(ConversationRule.class) : EnumSet.copyOf(b.conversationRules));
        citations = Collections.unmodifiableMap(new EnumMap<>(b.citations));
        citationSuffixes = new String[Category.values().length];
        for (Category c : Category.values()) {
            String citation = citations.getOrDefault(c, "");
            citationSuffixes[c.ordinal()] = citation.isEmpty() ? "" : " " + citation;
        }
        penalty = b.penalty;
        EnumMap<Category, Map<String, String>> sug = new EnumMap<>(Category.class);
        b.suggestions.forEach((c, m) -> sug.put(c, Map.copyOf(m)));
        suggestions = Collections.unmodifiableMap(sug);
    }

    /**
     * Starts an empty policy for a platform: every category BLOCK, no allowed domains, no
     * conversation rules.
     *
     * @param platform the platform, not null
     * @return a new builder
     */
    public static Builder builder(Platform platform) {
        return new Builder(Checks.notNull(platform, "platform"));
    }

    /** Where the action for a category at a stage stands in {@link #actionTable}. */
    private static int slot(Category category, Stage stage) {
        return category.ordinal() * STAGES + stage.ordinal();
    }

    /** @return a builder holding this policy's settings, to make a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder(platform);
        for (Category c : Category.values()) {
            for (Stage s : Stage.values()) {
                b.action(c, s, actionTable[slot(c, s)]);
            }
        }
        allowedDomains.forEach(b::allowDomain);
        conversationRules.forEach(b::conversationRule);
        citations.forEach(b::citation);
        if (!penalty.isEmpty()) {
            b.penalty(penalty);
        }
        suggestions.forEach((c, m) -> m.forEach((lang, text) -> b.suggestion(c, lang, text)));
        return b;
    }

    /** @return the platform this policy is for */
    public Platform platform() {
        return platform;
    }

    /**
     * @param category a category, not null
     * @param stage a stage, not null
     * @return what this platform asks for when a message of that stage has a finding of that category
     */
    public Decision action(Category category, Stage stage) {
        return actionTable[slot(Checks.notNull(category, "category"), Checks.notNull(stage, "stage"))];
    }

    /**
     * Domains that are the platform's own; links to them and their subdomains are allowed. An entry
     * ending in {@code .*} ({@code amazon.*}) allows every top-level domain after that name.
     *
     * @return the allowed domain patterns, lower case, in the order added
     */
    public Set<String> allowedDomains() {
        return allowedDomains;
    }

    /**
     * @param host a host name such as {@code www.amazon.co.uk}, not null
     * @return whether {@code host} is one of {@link #allowedDomains()} or a subdomain of one
     */
    public boolean isAllowedDomain(String host) {
        String h = Checks.notNull(host, "host").toLowerCase(Locale.ROOT);
        for (String d : allowedDomainArray) {
            if (d.endsWith(".*") ? hasLabels(h, d, d.length() - 1) : isWithin(h, d)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code host} is {@code domain} or one of its subdomains; compared in place, as every link found asks. */
    static boolean isWithin(String host, String domain) {
        int at = host.length() - domain.length();
        return host.endsWith(domain) && (at == 0 || at > 0 && host.charAt(at - 1) == '.');
    }

    /** Whether {@code host} starts with the first {@code len} chars of {@code name} ({@code amazon.}) or has them after a dot. */
    private static boolean hasLabels(String host, String name, int len) {
        if (host.regionMatches(0, name, 0, len)) {
            return true;
        }
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            if (host.regionMatches(dot + 1, name, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /** @return the conversation rules this platform applies */
    public Set<ConversationRule> conversationRules() {
        return conversationRules;
    }

    /**
     * @param category a category, not null
     * @return the platform rule that forbids it, such as "AliExpress Seller Rules §4.3.1", or empty
     */
    public String citation(Category category) {
        return citations.getOrDefault(Checks.notNull(category, "category"), "");
    }

    /** @return {@link #citation} after a space, or empty when there is none: what follows a finding's explanation */
    String citationSuffix(Category category) {
        return citationSuffixes[category.ordinal()];
    }

    /** @return the penalty the platform states for a breach, or empty when the seeds give none */
    public String penalty() {
        return penalty;
    }

    /**
     * A compliant wording for a category in a language, falling back to English, then to any.
     *
     * @param category a category, not null
     * @param language an ISO 639-1 code such as {@code "zh"}, {@code "en"}, {@code "ru"}, not null
     * @return the wording, or empty when the policy has none for the category
     */
    public String suggestion(Category category, String language) {
        Map<String, String> m = suggestions.get(Checks.notNull(category, "category"));
        Checks.notNull(language, "language");
        if (m == null || m.isEmpty()) {
            return "";
        }
        String s = m.get(language);
        if (s == null) {
            s = m.get("en");
        }
        return s != null ? s : m.values().iterator().next();
    }

    /** @return every suggestion, by category and then language */
    public Map<Category, Map<String, String>> suggestions() {
        return suggestions;
    }

    @Override
    public String toString() {
        return "PlatformPolicy[" + platform + ", rules=" + conversationRules + ", domains=" + allowedDomains + "]";
    }

    /**
     * Builds a {@link PlatformPolicy}. Not thread-safe; {@link #build()} may be called repeatedly
     * and each policy it returns is independent of later changes to the builder.
     */
    public static final class Builder {
        private final Platform platform;
        /** By category ordinal, then 0 for every stage and a stage's ordinal + 1 for that stage; null where not set. */
        private final Decision[][] actions = new Decision[Category.values().length][Stage.values().length + 1];
        private final Set<String> allowedDomains = new LinkedHashSet<>();
        private final Set<ConversationRule> conversationRules = EnumSet.noneOf(ConversationRule.class);
        private final Map<Category, String> citations = new EnumMap<>(Category.class);
        private String penalty = "";
        private final Map<Category, Map<String, String>> suggestions = new EnumMap<>(Category.class);

        private Builder(Platform platform) {
            this.platform = platform;
        }

        /** @return the action set for a category at a stage, or at every stage when {@code stage} is null; null when not set */
        private Decision actionSet(Category category, Stage stage) {
            return actions[category.ordinal()][stage == null ? 0 : stage.ordinal() + 1];
        }

        /**
         * Sets the action for a category at every stage, replacing per-stage settings.
         *
         * @param category the category, not null
         * @param action the decision, not null
         * @return this builder
         */
        public Builder action(Category category, Decision action) {
            Checks.notNull(category, "category");
            Checks.notNull(action, "action");
            Decision[] byStage = actions[category.ordinal()];
            java.util.Arrays.fill(byStage, null);
            byStage[0] = action;
            return this;
        }

        /**
         * Sets the action for a category at one stage.
         *
         * @param category the category, not null
         * @param stage the stage, not null
         * @param action the decision, not null
         * @return this builder
         */
        public Builder action(Category category, Stage stage, Decision action) {
            Checks.notNull(category, "category");
            Checks.notNull(stage, "stage");
            Checks.notNull(action, "action");
            actions[category.ordinal()][stage.ordinal() + 1] = action;
            return this;
        }

        /**
         * Allows links to a domain and its subdomains, such as {@code amazon.com} or {@code amazon.*}.
         *
         * @param domain a domain name without scheme or path, not null or blank
         * @return this builder
         */
        public Builder allowDomain(String domain) {
            Checks.notNull(domain, "domain");
            String d = domain.trim().toLowerCase(Locale.ROOT);
            Checks.argument(!d.isEmpty() && d.indexOf('/') < 0 && d.indexOf(' ') < 0,
                    "The domain '%s' is not a bare domain name: pass it as 'example.com', without scheme or path.", domain);
            allowedDomains.add(d);
            return this;
        }

        /**
         * @param rule a conversation rule this platform applies, not null
         * @return this builder
         */
        public Builder conversationRule(ConversationRule rule) {
            conversationRules.add(Checks.notNull(rule, "rule"));
            return this;
        }

        /**
         * @param rule a conversation rule to stop applying, not null
         * @return this builder
         */
        public Builder removeConversationRule(ConversationRule rule) {
            conversationRules.remove(Checks.notNull(rule, "rule"));
            return this;
        }

        /**
         * @param category the category, not null
         * @param citation the platform rule that forbids it, not null
         * @return this builder
         */
        public Builder citation(Category category, String citation) {
            citations.put(Checks.notNull(category, "category"), Checks.notNull(citation, "citation"));
            return this;
        }

        /**
         * @param penalty the penalty the platform states for a breach, not null
         * @return this builder
         */
        public Builder penalty(String penalty) {
            this.penalty = Checks.notNull(penalty, "penalty");
            return this;
        }

        /**
         * @param category the category, not null
         * @param language an ISO 639-1 code such as {@code "zh"}, not null
         * @param text the compliant wording to suggest, not null
         * @return this builder
         */
        public Builder suggestion(Category category, String language, String text) {
            Checks.notNull(category, "category");
            Checks.notNull(language, "language");
            Checks.notNull(text, "text");
            suggestions.computeIfAbsent(category, c -> new java.util.HashMap<>()).put(language, text);
            return this;
        }

        /** @return the policy */
        public PlatformPolicy build() {
            return new PlatformPolicy(this);
        }
    }
}
