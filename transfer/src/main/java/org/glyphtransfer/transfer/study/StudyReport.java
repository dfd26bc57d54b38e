package org.glyphtransfer.transfer.study;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glyphtransfer.api.io.AtomicFiles;

/** Writes a study's table (Markdown, CSV), its data (JSON) and its plot. */
final class StudyReport {
    private StudyReport() {}

    static void write(Path dir, String target, List<StudyRow> rows, List<StudySummary> summary) throws IOException {
        StringBuilder md = new StringBuilder("# Data efficiency: transfer vs. scratch on " + target + "\n\n");
        md.append("Test accuracy, mean ± standard deviation over ").append(summary.get(0).seeds()).append(" seeds.\n\n");
        md.append("| images per class | head only | transfer | scratch | transfer − scratch |\n|---|---|---|---|---|\n");
        StringBuilder csv = new StringBuilder("perClass,trainPerClass,seeds,headMean,headStd,transferMean,transferStd,scratchMean,scratchStd,gain\n");
        for (StudySummary s : summary) {
            md.append(String.format(Locale.ROOT, "| %s | %.3f ± %.3f | %.3f ± %.3f | %.3f ± %.3f | %+.1f points |%n", s.label(),
                    s.head()[0], s.head()[1], s.transfer()[0], s.transfer()[1], s.scratch()[0], s.scratch()[1], 100 * s.gain()));
            csv.append(String.format(Locale.ROOT, "%s,%.2f,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n", s.perClass() == 0 ? "all" : s.perClass(),
                    s.trainPerClass(), s.seeds(), s.head()[0], s.head()[1], s.transfer()[0], s.transfer()[1], s.scratch()[0],
                    s.scratch()[1], s.gain()));
        }
        md.append("\n![accuracy vs. images per class](study.png)\n\n## Every run\n\n| images per class | seed | head only | transfer | scratch |\n|---|---|---|---|---|\n");
        for (StudyRow r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f |%n", r.perClass() == 0 ? "all" : r.perClass(), r.seed(),
                    r.headAccuracy(), r.transferAccuracy(), r.scratchAccuracy()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", target);
        json.put("summary", summary);
        json.put("runs", rows);
        AtomicFiles.write(dir.resolve("study.md"), md.toString());
        AtomicFiles.write(dir.resolve("study.csv"), csv.toString());
        AtomicFiles.write(dir.resolve("study.json"), new GsonBuilder().setPrettyPrinting().create().toJson(json));
        StudyPlot.write(dir.resolve("study.png"), "Transfer vs. scratch on " + target, summary);
    }
}
