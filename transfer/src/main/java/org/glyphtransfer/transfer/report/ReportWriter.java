package org.glyphtransfer.transfer.report;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.transfer.TrainedModel;
import org.glyphtransfer.transfer.store.FiniteJson;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.train.PhaseOutcome;
import org.glyphtransfer.transfer.train.PhaseResult;

/**
 * Writes a run's report into its output folder: {@code report.json} (stable keys, for
 * machines), {@code report.md} (tables, for people) and PNG plots: {@code confusion.png},
 * {@code curves.png}, {@code misclassified.png}. Every file is written atomically.
 */
public final class ReportWriter {
    /** Files a report consists of. */
    public static final List<String> FILES = List.of(
            "report.json", "report.md", "confusion.png", "curves.png", "misclassified.png", "risk-coverage.png");

    static final Gson GSON =
            FiniteJson.builder().setPrettyPrinting().disableHtmlEscaping().create();

    private ReportWriter() {}

    /**
     * Writes the report.
     *
     * @param dir the output folder
     * @param model the trained model
     * @param baseline the scratch baseline, or {@code null}
     * @param data the dataset it was evaluated on (for the misclassified samples)
     * @return the files written
     */
    public static List<Path> write(Path dir, TrainedModel model, TrainedModel baseline, GlyphDataset data) {
        return write(dir, model, baseline, data.test());
    }

    /**
     * Writes the report.
     *
     * @param dir the output folder
     * @param model the trained model
     * @param baseline the scratch baseline, or {@code null}
     * @param test the samples the evaluation covers, in its order (for the misclassified samples)
     * @return the files written
     */
    public static List<Path> write(Path dir, TrainedModel model, TrainedModel baseline, DataSplit test) {
        System.setProperty("java.awt.headless", "true");
        Map<String, Object> json = toJson(model, baseline);
        try {
            AtomicFiles.write(dir.resolve("report.json"), GSON.toJson(json));
            AtomicFiles.write(dir.resolve("report.md"), MarkdownReport.render(model, baseline));
            Plots.confusion(dir.resolve("confusion.png"), model.evaluation());
            Plots.curves(dir.resolve("curves.png"), model, baseline);
            Plots.misclassified(dir.resolve("misclassified.png"), model.evaluation(), test);
            RiskCoveragePlot.write(dir.resolve("risk-coverage.png"), model.evaluation());
        } catch (IOException e) {
            throw new GlyphException("Could not write the report to " + dir + ": " + e.getMessage() + ".", e);
        }
        List<Path> files = new ArrayList<>();
        FILES.forEach(f -> files.add(dir.resolve(f)));
        return files;
    }

    /**
     * The report as a JSON-ready map with stable keys.
     *
     * @param model the trained model
     * @param baseline the scratch baseline, or {@code null}
     * @return the map
     */
    public static Map<String, Object> toJson(TrainedModel model, TrainedModel baseline) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reportFormat", 1);
        json.put("createdAt", Instant.now().toString());
        json.put("run", describe(model));
        if (baseline != null) {
            json.put("baseline", describe(baseline));
            Map<String, Object> comparison = new LinkedHashMap<>();
            comparison.put("transferAccuracy", model.evaluation().accuracy());
            comparison.put("scratchAccuracy", baseline.evaluation().accuracy());
            comparison.put(
                    "difference",
                    model.evaluation().accuracy() - baseline.evaluation().accuracy());
            json.put("comparison", comparison);
        }
        return json;
    }

    private static Map<String, Object> describe(TrainedModel model) {
        Provenance p = model.provenance();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("label", model.label());
        run.put("architecture", p.architecture());
        run.put("architectureOptions", p.architectureOptions());
        run.put("dataset", p.dataset());
        run.put("datasetOptions", p.datasetOptions());
        run.put("datasetSizes", p.datasetSizes());
        run.put("classes", p.classNames());
        run.put("seed", p.seed());
        run.put("source", p.source());
        run.put("versions", p.versions());
        run.put("trainingSeconds", model.trainingSeconds());
        if (!model.facts().isEmpty()) {
            run.put("facts", model.facts());
        }
        List<Map<String, Object>> phases = new ArrayList<>();
        for (PhaseOutcome o : model.phases()) {
            PhaseResult r = o.phase();
            Map<String, Object> ph = new LinkedHashMap<>();
            ph.put("settings", r.phase().describe());
            ph.put("trainableParameters", r.trainableParameters());
            ph.put("frozenParameters", r.frozenParameters());
            ph.put("epochsRun", r.epochs().size());
            ph.put("bestEpoch", r.bestEpoch());
            ph.put("stoppedEarly", r.stoppedEarly());
            ph.put("seconds", r.seconds());
            ph.put("meanImagesPerSecond", r.meanImagesPerSecond());
            ph.put("testAccuracyAfter", o.testAccuracy());
            ph.put("epochs", r.epochs());
            phases.add(ph);
        }
        run.put("phases", phases);
        run.put("evaluation", model.evaluation());
        return run;
    }
}
