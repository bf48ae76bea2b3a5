package dev.closeloop.rules;

import dev.closeloop.Category;
import dev.closeloop.Platform;
import dev.closeloop.PlatformPolicy;
import dev.closeloop.Stage;

/**
 * Writes the rule catalogue ({@code docs/rules.md}) from the bundled policies, so the document
 * can never say something the code does not do. A test regenerates it and fails when the committed
 * file differs.
 */
public final class RulesCatalog {
    private RulesCatalog() {}

    /** @return the whole catalogue as Markdown */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Rule catalogue\n\n")
                .append("Generated from the bundled `PlatformPolicy` objects by `RulesCatalogTest`; do not edit by hand.\n")
                .append("Regenerate with `mvn -pl platform-rules test -Dtest=RulesCatalogTest -Dcloseloop.updateDocs=true`.\n\n")
                .append("Actions are per category and stage (PRE_ORDER / ORDER_PLACED / AFTER_SALE / UNKNOWN). A finding the detector\n")
                .append("marks as only *possible* is lowered to REVIEW; conversation rules can change an action (see each platform).\n");
        for (Platform p : Platform.values()) {
            PlatformPolicy policy = Policies.of(p);
            sb.append("\n## ").append(p).append("\n\n");
            sb.append("- Penalty: ").append(policy.penalty().isEmpty() ? "not stated" : policy.penalty()).append('\n');
            sb.append("- Own domains (links allowed): ").append(String.join(", ", policy.allowedDomains())).append('\n');
            sb.append("- Conversation rules: ").append(policy.conversationRules().isEmpty() ? "none"
                    : String.join(", ", policy.conversationRules().stream().map(Enum::name).toList())).append("\n\n");
            sb.append("| category | PRE_ORDER | ORDER_PLACED | AFTER_SALE | UNKNOWN | citation | suggested wording (en) |\n");
            sb.append("|---|---|---|---|---|---|---|\n");
            for (Category c : Category.values()) {
                sb.append("| ").append(c);
                for (Stage s : Stage.values()) {
                    sb.append(" | ").append(policy.action(c, s));
                }
                sb.append(" | ").append(cell(policy.citation(c))).append(" | ").append(cell(policy.suggestion(c, "en"))).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.isEmpty() ? "—" : s.replace("|", "\\|").replace("\n", " ");
    }
}
