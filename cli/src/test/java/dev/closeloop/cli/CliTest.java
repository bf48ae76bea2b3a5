package dev.closeloop.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void check_violation_printsFindingInContext_andExitsWithBlockStatus() {
        assertEquals(Cli.BLOCK, run("check", "--platform", "ALIEXPRESS", "加我 wx: lily_0909"));
        assertTrue(out().startsWith("BLOCK (ALIEXPRESS)"), out());
        assertTrue(out().contains("»wx: lily_0909«"), out());
        assertTrue(out().contains("§4.3.1"), out());
    }

    @Test
    void check_cleanMessage_exitsZero() {
        assertEquals(Cli.ALLOW, run("check", "--platform", "amazon", "Your parcel ships today with UPS."));
        assertTrue(out().startsWith("ALLOW"));
    }

    @Test
    void check_reviewDecision_hasItsOwnStatus() {
        assertEquals(Cli.REVIEW, run("check", "--platform", "ALIBABA_COM", "--stage", "ORDER_PLACED",
                "For future orders email me at lisa@hengda-valves.com"));
    }

    @Test
    void check_json_printsOneObjectWithOffsets() {
        assertEquals(Cli.BLOCK, run("check", "--platform", "AMAZON", "--json", "call \"me\" at (212) 555-0100"));
        String json = out().trim();
        assertTrue(json.startsWith("{\"platform\":\"AMAZON\",\"decision\":\"BLOCK\""), json);
        assertTrue(json.contains("\"start\":13,\"end\":27,\"excerpt\":\"(212) 555-0100\""), json);
        assertFalse(json.contains("\n"));
    }

    @Test
    void check_threadFromTheCommandLine_appliesConversationRules() {
        assertEquals(Cli.BLOCK, run("check", "--platform", "ALIEXPRESS", "--buyer", "Can I pay you by PayPal directly?", "ok dear"));
        assertTrue(out().contains("TACIT_ACCEPTANCE"), out());
    }

    @Test
    void badArguments_printUsage_notAStackTrace() {
        assertEquals(Cli.USAGE, run());
        assertEquals(Cli.USAGE, run("check", "hello"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--platform is required"));
        assertEquals(Cli.USAGE, run("check", "--platform", "EBAY", "hi"));
        assertEquals(Cli.USAGE, run("check", "--platform"));
        assertEquals(Cli.USAGE, run("audit-all"));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"));
    }

    @Test
    void json_escapesLoneSurrogatesAndControls() {
        assertEquals("\"a\\ud800b\\u0001\\n\"", JsonVerdict.str("a\ud800b\u0001\n"));
        assertEquals("\"😀\"", JsonVerdict.str("😀"));
    }
}
