package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.glyphtransfer.transfer.RunTimings;

/**
 * The {@code --profile} table: where the whole process's wall time went, from the JVM's start to
 * the end of the run, with the run's own stages in between.
 */
final class ProfileTable {
    private ProfileTable() {}

    static void print(PrintWriter out, RunTimings timings) {
        double jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        double toMain = (GlyphMain.ENTERED_MILLIS - jvmStartMillis) / 1e3;
        double process = (System.currentTimeMillis() - jvmStartMillis) / 1e3;
        TextTable table = new TextTable("STAGE", "SECONDS", "SHARE").alignRight(1, 2);
        row(table, "JVM start, up to glyph's main", toMain, process);
        for (RunTimings.Stage s : timings.stages()) {
            row(table, s.network().isEmpty() ? s.name() : s.network() + ": " + s.name(), s.seconds(), process);
        }
        row(table, "the rest: command line, plugins, output", process - toMain - timings.totalSeconds(), process);
        row(table, "whole process so far", process, process);
        out.println();
        table.print(out);
        out.flush();
    }

    private static void row(TextTable table, String stage, double seconds, double process) {
        table.row(
                stage,
                String.format(Locale.ROOT, "%.2f", seconds),
                String.format(Locale.ROOT, "%.1f%%", 100 * seconds / process));
    }
}
