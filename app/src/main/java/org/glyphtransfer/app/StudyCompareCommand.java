package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.grid.PointSummary;
import org.glyphtransfer.transfer.study.StudyComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glyph study compare}: finished data-efficiency studies in one table and one plot. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Finished data-efficiency studies side by side (e.g. one per source architecture):"
                + " one table and one plot, transfer and scratch per study.")
final class StudyCompareCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "2..*",
            paramLabel = "NAME=DIR",
            description = "A name for the study (its line in the plot) and its folder, e.g. lenet5=runs/study-lenet5.")
    List<String> studies;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for comparison.md, .csv, .json, .png.")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "Heading and plot title.")
    String title;

    @Override
    public void run() {
        StudyComparison comparison = StudyComparison.of(named(studies)).saveTo(out);
        if (title != null) {
            comparison.title(title);
        }
        List<PointSummary> summary = comparison.run();
        StudyTable.print(spec.commandLine().getOut(), summary, "SOURCE", out.resolve("comparison.md"));
    }

    private static Map<String, Path> named(List<String> args) {
        Map<String, Path> named = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0 || eq == a.length() - 1) {
                throw new GlyphException("Study '" + a + "' is not written NAME=DIR, e.g. lenet5=runs/study-lenet5.");
            }
            if (named.put(a.substring(0, eq), Path.of(a.substring(eq + 1))) != null) {
                throw new GlyphException("The study name '" + a.substring(0, eq) + "' is given twice; give each study"
                        + " its own name.");
            }
        }
        return named;
    }
}
