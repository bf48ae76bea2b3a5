package dev.closeloop.cli;

import dev.closeloop.Platform;
import dev.closeloop.Sender;
import dev.closeloop.Stage;

/**
 * One message of an exported chat log, after column mapping and validation.
 *
 * @param line the line of the input file where the row starts (1-based; the row number for .xlsx)
 * @param order the row's position in the file, to keep file order among equal timestamps
 * @param conversation the conversation id
 * @param time epoch milliseconds, or {@link #UNKNOWN_TIME}
 * @param rawTime the timestamp as written, for the report
 * @param sender who wrote it
 * @param text the message text
 * @param platform the platform named in the row, or null to use the audit's
 * @param stage the stage named in the row, or null for {@link Stage#UNKNOWN}
 */
record ChatRow(long line, long order, String conversation, long time, String rawTime, Sender sender, String text,
               Platform platform, Stage stage) {
    static final long UNKNOWN_TIME = Long.MIN_VALUE;
}
