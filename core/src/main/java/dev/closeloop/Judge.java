package dev.closeloop;

import dev.closeloop.spi.Confidence;
import dev.closeloop.spi.Detection;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns detections into findings under a platform policy: drops links to the platform's own
 * domains and allow-listed words, picks each finding's action by category and stage, lowers
 * possible detections to REVIEW, and adds the rule citation to the explanation.
 */
final class Judge {
    /** The rule id of the finding that stands for a detector that failed. */
    static final String DETECTOR_ERROR = "detector-error";

    private static final int CATEGORIES = Category.values().length;
    /* one lambda, not a chain of comparingInt and thenComparing: the sort calls it for every pair it compares */
    private static final Comparator<Detection> BY_START_LONGER_FIRST =
            (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());

    private Judge() {}

    /** @param language the message's language ({@link Language}), or null for one read from the message's text */
    static Verdict verdict(Message message, PlatformPolicy policy, List<Detection> detections, Map<Detection, Decision> ruled,
                           Set<String> allowedTerms, Set<String> allowedDomains, Decision errorAction, String language) {
        if (detections.isEmpty()) {
            return Verdict.allowed(policy.platform());
        }
        String text = message.text();
        Detection[] ordered = detections.toArray(new Detection[0]);
        Arrays.sort(ordered, BY_START_LONGER_FIRST);
        Finding[] findings = new Finding[ordered.length];
        int kept = 0;
        Category strongest = null;
        Decision top = Decision.ALLOW;
        int[] coveredTo = new int[CATEGORIES];
        Arrays.fill(coveredTo, -1);
        for (Detection d : ordered) {
            boolean error = d.ruleId().equals(DETECTOR_ERROR);
            int cat = d.category().ordinal();
            // sorted by start, so a detection ending within the farthest kept one of its category lies inside it
            if (!error && (d.end() <= coveredTo[cat] || isAllowed(d, text, policy, allowedTerms, allowedDomains))) {
                continue;
            }
            coveredTo[cat] = Math.max(coveredTo[cat], d.end());
            Decision ruledAction = ruled.isEmpty() ? null : ruled.get(d);
            Decision action = error ? errorAction : ruledAction != null ? ruledAction : policy.action(d.category(), message.stage());
            if (d.confidence() == Confidence.POSSIBLE && action == Decision.BLOCK && !error) {
                action = Decision.REVIEW;
            }
            // String.concat makes one array; a + chain here went through method handles C2 did not inline
            String suffix = policy.citationSuffix(d.category());
            String explanation = suffix.isEmpty() ? d.explanation() : d.explanation().concat(suffix);
            findings[kept++] = new Finding(d.category(), d.ruleId(), d.start(), d.end(), text.substring(d.start(), d.end()),
                    action, explanation, d.evidence());
            if (action.compareTo(top) > 0 || strongest == null) {
                top = top.max(action);
                strongest = d.category();
            }
        }
        String suggestion = top == Decision.ALLOW || strongest == null ? null
                : emptyToNull(policy.suggestion(strongest, language != null ? language : Language.of(text)));
        return new Verdict(policy.platform(), kept == findings.length ? findings : Arrays.copyOf(findings, kept), suggestion);
    }

    private static boolean isAllowed(Detection d, String text, PlatformPolicy policy, Set<String> allowedTerms,
                                     Set<String> allowedDomains) {
        String host = d.evidence().get("host");
        if (host != null && (policy.isAllowedDomain(host) || matchesDomain(host, allowedDomains))) {
            return true;
        }
        if (!allowedTerms.isEmpty()) {
            String excerpt = dev.closeloop.internal.Engine.normalize(text.substring(d.start(), d.end()));
            for (String t : allowedTerms) {
                if (excerpt.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesDomain(String host, Set<String> domains) {
        for (String d : domains) {
            if (PlatformPolicy.isWithin(host, d)) {
                return true;
            }
        }
        return false;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
