package dev.closeloop.cli;

import dev.closeloop.ComplianceChecker;
import dev.closeloop.Decision;
import dev.closeloop.Finding;
import dev.closeloop.Message;
import dev.closeloop.Platform;
import dev.closeloop.Stage;
import dev.closeloop.Verdict;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the command line and runs a command. Exit status: {@value #ALLOW} for ALLOW,
 * {@value #REVIEW} for REVIEW, {@value #BLOCK} for BLOCK, {@value #USAGE} for bad arguments.
 */
final class Cli {
    static final int ALLOW = 0;
    static final int USAGE = 2;
    static final int REVIEW = 3;
    static final int BLOCK = 4;

    static final String USAGE_TEXT = String.join("\n",
            "usage: closeloop check --platform PLATFORM [--stage STAGE] [--buyer TEXT]... [--json] MESSAGE",
            "       closeloop audit --platform PLATFORM [--columns field=Header,...] [--out flagged.jsonl]",
            "                       [--html report.html] [--threads N] EXPORT.csv|.tsv|.jsonl|.xlsx",
            "",
            "  Checks one seller message against the platform's rules on off-platform contact.",
            "  --platform  one of " + List.of(Platform.values()),
            "  --stage     one of " + List.of(Stage.values()) + " (default UNKNOWN)",
            "  --buyer     an earlier buyer message of the conversation; repeat for more, oldest first",
            "  --seller    an earlier seller message of the conversation",
            "  --json      print the verdict as JSON",
            "",
            "",
            "  audit reads an exported chat log (columns: conversation, time, sender, text, optional platform",
            "  and stage), judges every seller message with its conversation, and prints a summary.",
            "",
            "exit status: 0 ALLOW (nothing flagged), 3 REVIEW, 4 BLOCK, 2 bad arguments, 5 unusable input");

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).println(USAGE_TEXT);
            return args.length == 0 ? USAGE : ALLOW;
        }
        if (args[0].equals("audit")) {
            return audit(args);
        }
        if (!args[0].equals("check")) {
            return usage("unknown command '" + args[0] + "'");
        }
        Platform platform = null;
        Stage stage = Stage.UNKNOWN;
        boolean json = false;
        List<Message> thread = new ArrayList<>();
        String text = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--platform", "--stage", "--buyer", "--seller" -> {
                    if (i + 1 >= args.length) {
                        return usage(a + " needs a value");
                    }
                    String v = args[++i];
                    try {
                        switch (a) {
                            case "--platform" -> platform = Platform.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
                            case "--stage" -> stage = Stage.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
                            case "--buyer" -> thread.add(Message.fromBuyer(v));
                            default -> thread.add(Message.fromSeller(v));
                        }
                    } catch (IllegalArgumentException e) {
                        return usage("'" + v + "' is not a valid value for " + a);
                    }
                }
                case "--json" -> json = true;
                default -> {
                    if (a.startsWith("--")) {
                        return usage("unknown option " + a);
                    }
                    if (text != null) {
                        return usage("give the message as one argument (quote it)");
                    }
                    text = a;
                }
            }
        }
        if (platform == null) {
            return usage("--platform is required");
        }
        if (text == null) {
            return usage("the message to check is missing");
        }
        Message message = Message.builder().text(text).stage(stage).thread(thread).build();
        Verdict v = ComplianceChecker.standard().evaluate(message, platform);
        out.println(json ? JsonVerdict.of(v) : TextVerdict.of(v, text));
        return status(v.decision());
    }

    private int audit(String[] args) {
        Platform platform = null;
        String columns = null;
        java.nio.file.Path jsonl = null;
        java.nio.file.Path html = null;
        int threads = Runtime.getRuntime().availableProcessors();
        java.nio.file.Path input = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    return usage(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--platform" -> {
                        platform = RowParser.platform(v);
                        if (platform == null) {
                            return usage("'" + v + "' is not a valid value for --platform");
                        }
                    }
                    case "--columns" -> columns = v;
                    case "--out" -> jsonl = java.nio.file.Path.of(v);
                    case "--html" -> html = java.nio.file.Path.of(v);
                    case "--threads" -> {
                        try {
                            threads = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            threads = 0;
                        }
                        if (threads < 1) {
                            return usage("--threads takes a whole number of at least 1");
                        }
                    }
                    default -> {
                        return usage("unknown option " + a);
                    }
                }
            } else if (input != null) {
                return usage("give one export file");
            } else {
                input = java.nio.file.Path.of(a);
            }
        }
        if (platform == null) {
            return usage("--platform is required (rows may name their own platform in a platform column)");
        }
        if (input == null) {
            return usage("the export file to audit is missing");
        }
        Columns map;
        try {
            map = Columns.of(columns);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        return new AuditCommand(out, err).run(new AuditCommand.Options(input, platform, map, jsonl, html, threads,
                System.console() != null));
    }

    static int status(Decision d) {
        return switch (d) {
            case ALLOW -> ALLOW;
            case REVIEW -> REVIEW;
            case BLOCK -> BLOCK;
        };
    }

    private int usage(String problem) {
        err.println("closeloop: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    /** Formats a verdict for people: the decision, then each finding with its excerpt in context. */
    static final class TextVerdict {
        private TextVerdict() {}

        static String of(Verdict v, String text) {
            StringBuilder sb = new StringBuilder();
            sb.append(v.decision()).append(" (").append(v.platform()).append(')');
            for (Finding f : v.findings()) {
                sb.append("\n  ").append(f.action()).append(' ').append(f.category()).append(' ').append(f.ruleId())
                        .append("\n    ").append(context(text, f.start(), f.end()))
                        .append("\n    ").append(f.explanation());
            }
            v.suggestion().ifPresent(s -> sb.append("\n  suggestion: ").append(s));
            return sb.toString();
        }

        /** The excerpt between » « with up to 30 chars of context on each side. */
        static String context(String text, int start, int end) {
            int from = Math.max(0, start - 30);
            int to = Math.min(text.length(), end + 30);
            return (from > 0 ? "…" : "") + oneLine(text.substring(from, start)) + "»" + oneLine(text.substring(start, end)) + "«"
                    + oneLine(text.substring(end, to)) + (to < text.length() ? "…" : "");
        }

        private static String oneLine(String s) {
            return s.replace('\n', ' ').replace('\r', ' ');
        }
    }
}
