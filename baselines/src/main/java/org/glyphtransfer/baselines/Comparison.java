package org.glyphtransfer.baselines;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.transfer.TrainedModel;

/**
 * One table and one plot per run that set every model side by side: the transferred network, the
 * network from scratch and the classic baselines, with test accuracy, training time and prediction
 * time. Written as {@code comparison.md}, {@code .csv}, {@code .json} and {@code comparison.png}
 * (accuracy against training time).
 */
public final class Comparison {
    /** The files a comparison writes, in the run's folder. */
    public static final List<String> FILES =
            List.of("comparison.md", "comparison.csv", "comparison.json", "comparison.png");

    /**
     * One model of the comparison.
     *
     * @param name e.g. "transfer", "scratch", "knn"
     * @param kind "network" or "baseline"
     * @param accuracy test accuracy
     * @param trainingSeconds training time
     * @param predictionSeconds time to predict the test split
     * @param folder its model folder, or null
     */
    public record Entry(
            String name, String kind, double accuracy, double trainingSeconds, double predictionSeconds, Path folder) {
        /**
         * @param name what to call it
         * @param kind "network" or "baseline"
         * @param m the trained model
         * @return its entry
         */
        public static Entry of(String name, String kind, TrainedModel m) {
            return new Entry(
                    name,
                    kind,
                    m.testAccuracy(),
                    m.trainingSeconds(),
                    m.evaluation().seconds(),
                    m.directory().orElse(null));
        }
    }

    private Comparison() {}

    /**
     * Writes the table and the plot.
     *
     * @param dir the run's folder
     * @param title what was compared, e.g. "mnist → az-csv"
     * @param entries the models
     * @return the files written
     */
    public static List<Path> write(Path dir, String title, List<Entry> entries) {
        List<Path> files = new ArrayList<>();
        try {
            AtomicFiles.write(dir.resolve(FILES.get(0)), markdown(title, entries));
            AtomicFiles.write(dir.resolve(FILES.get(1)), csv(entries));
            AtomicFiles.write(dir.resolve(FILES.get(2)), json(title, entries));
            AtomicFiles.write(dir.resolve(FILES.get(3)), ComparisonPlot.png(title, entries));
        } catch (IOException e) {
            throw new GlyphException("Could not write the comparison to " + dir + ": " + IoErrors.reason(e) + ".", e);
        }
        FILES.forEach(f -> files.add(dir.resolve(f)));
        return files;
    }

    static String markdown(String title, List<Entry> entries) {
        StringBuilder md = new StringBuilder("# " + title + "\n\n");
        md.append("| model | kind | test accuracy | training time | test prediction time | folder |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Entry e : entries) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.2f%% | %.1f s | %.1f s | %s |%n",
                    e.name(),
                    e.kind(),
                    100 * e.accuracy(),
                    e.trainingSeconds(),
                    e.predictionSeconds(),
                    e.folder() == null ? "" : e.folder().getFileName()));
        }
        md.append("\nTraining time of the transferred network counts its transfer phases only, not pretraining.\n");
        md.append("\n![test accuracy against training time](comparison.png)\n");
        return md.toString();
    }

    private static String csv(List<Entry> entries) {
        StringBuilder csv = new StringBuilder("model,kind,test_accuracy,training_seconds,prediction_seconds\n");
        for (Entry e : entries) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%s,%.6f,%.3f,%.3f%n",
                    e.name(),
                    e.kind(),
                    e.accuracy(),
                    e.trainingSeconds(),
                    e.predictionSeconds()));
        }
        return csv.toString();
    }

    private static String json(String title, List<Entry> entries) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", e.name());
            row.put("kind", e.kind());
            row.put("testAccuracy", e.accuracy());
            row.put("trainingSeconds", e.trainingSeconds());
            row.put("predictionSeconds", e.predictionSeconds());
            row.put(
                    "folder",
                    e.folder() == null ? null : e.folder().getFileName().toString());
            rows.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", title);
        json.put("models", rows);
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .serializeNulls()
                        .create()
                        .toJson(json)
                + "\n";
    }
}
