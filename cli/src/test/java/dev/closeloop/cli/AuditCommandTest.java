package dev.closeloop.cli;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditCommandTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int audit(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "audit";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static final String HEADER = "conversation_id,timestamp,sender,text,platform,stage\n";

    @Test
    void csv_judgesEachSellerMessageWithItsThread() throws IOException {
        Path csv = file("chats.csv", HEADER
                + "c1,2026-03-01 08:00:00,buyer,我能直接微信转账给你吗？,ALIEXPRESS,PRE_ORDER\n"
                + "c1,2026-03-01 08:05:00,seller,可以的亲,ALIEXPRESS,PRE_ORDER\n"
                + "c2,2026-03-01 08:00:00,buyer,Can I pay you by PayPal directly?,ALIEXPRESS,PRE_ORDER\n"
                + "c2,2026-03-01 08:01:00,seller,\"Sorry, we can only accept payment through AliExpress.\",ALIEXPRESS,PRE_ORDER\n");
        Path flagged = dir.resolve("flagged.jsonl");
        assertEquals(Cli.BLOCK, audit("--platform", "ALIEXPRESS", "--out", flagged.toString(), csv.toString()));
        List<String> lines = Files.readAllLines(flagged);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("\"conversation\":\"c1\"") && lines.get(0).contains("TACIT_ACCEPTANCE"), lines.get(0));
        assertTrue(out().contains("rows read 4 = seller messages evaluated 2 + buyer messages (context) 2 + skipped 0"), out());
    }

    @Test
    void rowsOutOfOrder_areSortedByTimeWithinTheirConversation() throws IOException {
        Path csv = file("chats.csv", HEADER
                + "c1,2026-03-01T08:05:00Z,seller,ok dear,ALIEXPRESS,PRE_ORDER\n"
                + "c2,2026-03-01T08:00:00Z,seller,Your parcel ships today.,ALIEXPRESS,ORDER_PLACED\n"
                + "c1,2026-03-01T08:00:00Z,buyer,Can I pay you by PayPal directly?,ALIEXPRESS,PRE_ORDER\n");
        assertEquals(Cli.BLOCK, audit("--platform", "ALIEXPRESS", csv.toString()));
    }

    @Test
    void jsonl_andColumnMapping_work() throws IOException {
        Path jsonl = file("chats.jsonl",
                "{\"Ticket\":\"t1\",\"At\":1709280000,\"Who\":\"customer\",\"Body\":\"The lamp is broken\"}\n"
                        + "{\"Ticket\":\"t1\",\"At\":1709283600,\"Who\":\"agent\",\"Body\":\"Call me at 646-555-0172\"}\n"
                        + "{not json}\n");
        assertEquals(Cli.BLOCK, audit("--platform", "AMAZON", "--columns", "conversation=Ticket,time=At,sender=Who,text=Body",
                jsonl.toString()));
        assertTrue(out().contains("skipped, malformed JSON"), out());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 3 skipped"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void xlsx_isRead() throws IOException {
        Path xlsx = dir.resolve("chats.xlsx");
        try (OutputStream os = Files.newOutputStream(xlsx); Workbook wb = new Workbook(os, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("chats");
            String[][] rows = {{"会话ID", "时间", "发送者", "内容"}, {"x1", "2026-03-01 08:00:00", "买家", "这款有黑色吗？"},
                    {"x1", "2026-03-01 08:01:00", "卖家", "有的，加我V信 cupfactory_amy 发您图"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    ws.value(r, c, rows[r][c]);
                }
            }
        }
        assertEquals(Cli.BLOCK, audit("--platform", "ALIEXPRESS", xlsx.toString()));
        assertTrue(out().contains("ALIEXPRESS     CONTACT_INFO"), out());
    }

    @Test
    void malformedRows_areCountedWithReasons_andNothingIsLost() throws IOException {
        byte[] broken = {(byte) 0xC3, (byte) 0x28};
        String big = "x".repeat(1_100_000);
        Path csv = dir.resolve("bad.csv");
        try (OutputStream os = Files.newOutputStream(csv)) {
            os.write((HEADER
                    + "c1,,seller,\"fine, and\nspanning two lines\",AMAZON,\n"
                    + "c1,,robot,hello,AMAZON,\n"
                    + "c1,,seller,,AMAZON,\n"
                    + "c1,,seller,\"bad \"quoting,AMAZON,\n"
                    + "c1,,seller,\"" + big + "\",AMAZON,\n"
                    + "c1,,seller,broken ").getBytes(StandardCharsets.UTF_8));
            os.write(broken);
            os.write(",AMAZON,\nc1,,seller,\"never closed\n".getBytes(StandardCharsets.UTF_8));
        }
        int status = audit("--platform", "AMAZON", csv.toString());
        assertEquals(Cli.ALLOW, status, out());
        String s = out();
        assertTrue(s.startsWith("rows read 7 = seller messages evaluated 1 + buyer messages (context) 0 + skipped 6"), s);
        for (String reason : new String[] {"unknown sender", "missing text", "bad quoting", "text over 1,000,000 chars", "broken UTF-8"}) {
            assertTrue(s.contains("skipped, " + reason), reason + " in " + s);
        }
    }

    @Test
    void amazonException_withoutClosingSummary_isReviewed_andLateRepliesCounted() throws IOException {
        Path csv = file("amazon.csv", HEADER
                + "a1,2026-03-01T09:00:00Z,buyer,The desk shows error E07.,AMAZON,AFTER_SALE\n"
                + "a1,2026-03-02T11:00:00Z,seller,\"The firmware is 1.3 GB, too large for messaging: email fw@deskfab.com and we'll "
                + "confirm the fix back in this Amazon thread.\",AMAZON,AFTER_SALE\n"
                + "a2,2026-03-01T09:00:00Z,buyer,The desk shows error E07.,AMAZON,AFTER_SALE\n"
                + "a2,2026-03-01T11:00:00Z,seller,\"The firmware is 1.3 GB, too large for messaging: email fw@deskfab.com and we'll "
                + "confirm the fix back in this Amazon thread.\",AMAZON,AFTER_SALE\n"
                + "a2,2026-03-02T11:00:00Z,seller,\"Summary: firmware flashed, E07 resolved.\",AMAZON,AFTER_SALE\n");
        Path flagged = dir.resolve("f.jsonl");
        assertEquals(Cli.REVIEW, audit("--platform", "AMAZON", "--out", flagged.toString(), csv.toString()));
        assertTrue(out().contains("missing closing summaries 1"), out());
        assertTrue(out().contains("late replies 1 in 1 conversations"), out());
        List<String> lines = Files.readAllLines(flagged);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"conversation\":\"a1\"") && l.contains("missing-closing-summary")));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\"conversation\":\"a2\"") && l.contains("missing-closing-summary")));
    }

    @Test
    void ozonSellerWritingFirst_isFlaggedInTheAudit() throws IOException {
        Path csv = file("ozon.csv", HEADER + "o1,2026-03-03T07:00:00Z,seller,Ваш заказ уже ждёт в пункте выдачи.,OZON,ORDER_PLACED\n");
        assertEquals(Cli.BLOCK, audit("--platform", "OZON", csv.toString()));
        assertTrue(out().contains("PROACTIVE_CONTACT"), out());
    }

    @Test
    void html_isSelfContainedAndMarksTheExcerpt() throws IOException {
        Path csv = file("chats.csv", HEADER + "c1,,seller,\"<b>call</b> me at 646-555-0172\",AMAZON,AFTER_SALE\n");
        Path html = dir.resolve("report.html");
        assertEquals(Cli.BLOCK, audit("--platform", "AMAZON", "--html", html.toString(), csv.toString()));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"));
        assertTrue(page.contains("&lt;b&gt;call&lt;/b&gt; me at <mark title=\"contact.phone\">646-555-0172</mark>"), page);
        assertFalse(page.contains("<script") || page.contains("http://") || page.contains("src="), "the page must load nothing");
    }

    @Test
    void unusableInput_hasItsOwnStatus() throws IOException {
        assertEquals(AuditCommand.UNUSABLE, audit("--platform", "AMAZON", dir.resolve("missing.csv").toString()));
        assertEquals(AuditCommand.UNUSABLE, audit("--platform", "AMAZON", file("x.pdf", "%PDF").toString()));
        assertEquals(AuditCommand.UNUSABLE, audit("--platform", "AMAZON", file("cols.csv", "a,b\n1,2\n").toString()));
        assertEquals(Cli.USAGE, audit("--platform", "AMAZON", "--columns", "bogus=X", file("y.csv", HEADER).toString()));
        assertEquals(Cli.USAGE, audit("x.csv"));
    }

    @Test
    void bundledSampleExport_auditsAsDocumented() {
        Path sample = Path.of("").toAbsolutePath().resolve("../docs/examples/chats-sample.csv").normalize();
        assertEquals(Cli.BLOCK, audit("--platform", "AMAZON", sample.toString()));
        assertTrue(out().startsWith("rows read 22 = seller messages evaluated 10 + buyer messages (context) 9 + skipped 3"), out());
    }
}
