package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.glyphtransfer.baselines.Comparison;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.TrainedModel;
import org.glyphtransfer.transfer.report.ReportWriter;
import org.glyphtransfer.transfer.train.ConsoleProgress;
import org.glyphtransfer.transfer.train.PhaseOutcome;

/** The table printed at the end of a run: accuracy after each phase, baseline, files written. */
final class RunSummary {
    private RunSummary() {}

    static void print(PrintWriter out, RunResult result) {
        TextTable table = new TextTable("RUN", "PHASE", "EPOCHS", "TIME", "TEST ACCURACY").alignRight(2, 3, 4);
        addRows(table, result.model());
        result.baseline().ifPresent(b -> addRows(table, b));
        out.println();
        table.print(out);
        result.baseline()
                .ifPresent(b -> out.printf(
                        Locale.ROOT,
                        "transfer − scratch: %+.2f points%n",
                        100
                                * (result.model().evaluation().accuracy()
                                        - b.evaluation().accuracy())));
        result.outputDirectory().ifPresent(dir -> {
            out.println();
            out.println("model folder: " + dir);
            for (String f : ReportWriter.FILES) {
                Path p = dir.resolve(f);
                if (Files.exists(p)) {
                    out.println("  " + p);
                }
            }
        });
        out.flush();
    }

    /**
     * The comparison of a run with its baselines, one line per model.
     *
     * @param out where to print
     * @param entries the models
     */
    static void printComparison(PrintWriter out, List<Comparison.Entry> entries) {
        TextTable table = new TextTable("MODEL", "KIND", "TEST ACCURACY", "TRAINING", "PREDICTION").alignRight(2, 3, 4);
        for (Comparison.Entry e : entries) {
            table.row(
                    e.name(),
                    e.kind(),
                    String.format(Locale.ROOT, "%.2f%%", 100 * e.accuracy()),
                    ConsoleProgress.duration(e.trainingSeconds()),
                    ConsoleProgress.duration(e.predictionSeconds()));
        }
        out.println();
        table.print(out);
        out.flush();
    }

    private static void addRows(TextTable table, TrainedModel m) {
        for (PhaseOutcome o : m.phases()) {
            table.row(
                    m.label(),
                    o.phase().name(),
                    o.phase().epochs().size(),
                    ConsoleProgress.duration(o.phase().seconds()),
                    String.format(Locale.ROOT, "%.2f%%", 100 * o.testAccuracy()));
        }
    }
}
