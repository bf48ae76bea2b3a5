package dev.closeloop.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RulesCatalogTest {

    @Test
    void docsRules_matchesTheBundledPolicies() throws IOException {
        Path doc = Path.of("").toAbsolutePath().resolve("../docs/rules.md").normalize();
        String generated = RulesCatalog.markdown();
        if (Boolean.getBoolean("closeloop.updateDocs")) {
            Files.writeString(doc, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.isRegularFile(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        assertEquals(generated, committed, "docs/rules.md is out of date: run "
                + "mvn -pl platform-rules test -Dtest=RulesCatalogTest -Dcloseloop.updateDocs=true");
    }
}
