package dev.closeloop.cli;

import dev.closeloop.ComplianceChecker;
import dev.closeloop.Decision;
import dev.closeloop.Platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code closeloop audit}: reads an exported chat log, groups it into conversations, checks every
 * seller message with its thread, and writes the findings. Reading streams the file into a row store
 * (memory bounded by the largest conversation); conversations are audited in parallel on all cores
 * and reported in the order they first appear.
 */
final class AuditCommand {
    /** Exit status when the input cannot be used at all. */
    static final int UNUSABLE = 5;

    private final PrintStream out;
    private final PrintStream err;

    AuditCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The audit's settings, from the command line. */
    record Options(Path input, Platform platform, Columns columns, Path jsonl, Path html, int threads, boolean terminal) {
    }

    int run(Options o) {
        if (!Files.isReadable(o.input())) {
            err.println("closeloop audit: cannot read " + o.input());
            return UNUSABLE;
        }
        ComplianceChecker checker = ComplianceChecker.standard();
        Path fragment = null;
        try (RowStore store = new RowStore()) {
            fragment = o.html() == null ? null : Files.createTempFile("closeloop-report", ".html");
            AuditReport report = new AuditReport(o.jsonl(), fragment);
            RowParser parser = new RowParser(o.columns());
            long[] order = {0};
            IOException[] failed = {null};
            RowReader.read(o.input(), new RowReader.Sink() {
                @Override
                public void row(long line, Map<String, String> values) {
                    report.rowsRead++;
                    RowParser.Result r = parser.parse(line, order[0]++, values);
                    if (r.row() == null) {
                        report.skip(r.skipped());
                        err.println("closeloop audit: line " + line + " skipped: " + r.skipped());
                        return;
                    }
                    try {
                        store.add(r.row());
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                }

                @Override
                public void reject(long line, String reason) {
                    report.rowsRead++;
                    report.skip(reason);
                    err.println("closeloop audit: line " + line + " skipped: " + reason);
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            store.seal();
            List<String> conversations = store.conversations();
            if (conversations.isEmpty()) {
                err.println("closeloop audit: no usable rows in " + o.input() + " (" + report.skippedTotal()
                        + " skipped); map your columns with --columns conversation=...,sender=...,text=...");
                report.close();
                return UNUSABLE;
            }
            audit(o, checker, store, conversations, report);
            report.close();
            if (o.html() != null) {
                report.writeHtml(o.html(), o.input().getFileName().toString());
            }
            out.print(report.summary());
            return Cli.status(report.worst());
        } catch (IllegalArgumentException e) {
            err.println("closeloop audit: " + e.getMessage());
            return UNUSABLE;
        } catch (IOException e) {
            err.println("closeloop audit: cannot read " + o.input() + ": " + e.getMessage());
            return UNUSABLE;
        } finally {
            if (fragment != null) {
                try {
                    Files.deleteIfExists(fragment);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans it up
                }
            }
        }
    }

    private void audit(Options o, ComplianceChecker checker, RowStore store, List<String> conversations, AuditReport report)
            throws IOException {
        ConversationAuditor auditor = new ConversationAuditor(checker, o.platform());
        ExecutorService pool = Executors.newFixedThreadPool(o.threads());
        Progress progress = new Progress(err, o.terminal(), "conversations");
        try {
            ArrayDeque<Future<ConversationAuditor.Result>> window = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            int maxWindow = o.threads() * 8;
            while (done < conversations.size()) {
                while (next < conversations.size() && window.size() < maxWindow) {
                    String id = conversations.get(next++);
                    window.add(pool.submit(() -> auditor.audit(store.read(id))));
                }
                report.add(window.poll().get());
                done++;
                progress.update(done, conversations.size());
            }
            progress.done();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("the audit failed on a conversation", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
