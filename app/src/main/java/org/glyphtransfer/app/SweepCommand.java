package org.glyphtransfer.app;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.app.experiment.Experiment;
import org.glyphtransfer.app.experiment.ExperimentFile;
import org.glyphtransfer.app.sweep.SweepFile;
import org.glyphtransfer.app.sweep.SweepPoint;
import org.glyphtransfer.app.sweep.SweepReport;
import org.glyphtransfer.app.sweep.SweepResult;
import org.glyphtransfer.transfer.store.ModelFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code glyph sweep sweep.yaml}: every combination of the grid as its own experiment and
 * folder, pretraining shared between runs that pretrain alike, finished runs skipped on a
 * restart, then one comparison table (Markdown, CSV) and a plot.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run the product of a grid of models, datasets and options; compare them in one table and plot.")
final class SweepCommand implements Runnable {
    private static final List<String> OPTION_MAPS = List.of("pretrain.model-option", "pretrain.option", "transfer.option");

    @ParentCommand GlyphCommand root;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "The sweep file.")
    Path file;

    @Override
    public void run() {
        SweepFile sweep = SweepFile.load(file);
        Experiment base = ExperimentFile.load(sweep.base(), Map.of());
        List<SweepPoint> points = SweepPoint.expand(sweep);
        List<Experiment> experiments = new ArrayList<>();
        for (SweepPoint p : points) {
            Experiment e = ExperimentFile.load(sweep.base(), overrides(sweep, base, p));
            root.applyExperimentSettings(e, spec.commandLine().getParseResult());
            new ExperimentRun(e, root.runtime()).validate();
            experiments.add(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<SweepResult> results = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Experiment e = experiments.get(i);
            root.applyExperimentSettings(e, spec.commandLine().getParseResult());
            boolean finished = Files.exists(e.transferOut().resolve("report.json")) && ModelFolder.isModelFolder(e.transferOut());
            out.printf(Locale.ROOT, "sweep run %d/%d %s%s%n", i + 1, points.size(), points.get(i).name(), finished ? ": finished before, skipped" : "");
            out.flush();
            if (!finished) {
                new ExperimentRun(e, root.runtime()).execute();
            }
            results.add(read(points.get(i), e, finished));
        }
        try {
            SweepReport.write(sweep.out(), sweep, results);
        } catch (IOException ex) {
            throw new GlyphException("Could not write the sweep report to " + sweep.out() + ": " + ex.getMessage() + ".", ex);
        }
        TextTable t = new TextTable("RUN", "HEAD ONLY", "TRANSFER", "SCRATCH").alignRight(1, 2, 3);
        for (SweepResult r : results) {
            t.row(r.name(), f(r.headAccuracy()), f(r.transferAccuracy()), Double.isNaN(r.scratchAccuracy()) ? "–" : f(r.scratchAccuracy()));
        }
        out.println();
        t.print(out);
        out.println("sweep written to " + sweep.out().resolve("sweep.md") + ", sweep.csv and sweep.png");
        out.flush();
    }

    /** The settings of one run as --set overrides of the base experiment. */
    private static Map<String, String> overrides(SweepFile sweep, Experiment base, SweepPoint point) {
        Map<String, Object> settings = new LinkedHashMap<>(sweep.set());
        settings.putAll(point.settings());
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        // Whole option maps first, so that single entries (transfer.option.perClass) apply on top of them.
        for (Map.Entry<String, Object> s : settings.entrySet()) {
            if (s.getValue() instanceof Map) {
                Map<String, String> options = new LinkedHashMap<>();
                ((Map<?, ?>) s.getValue()).forEach((k, v) -> options.put(String.valueOf(k), String.valueOf(v)));
                maps.put(s.getKey(), options);
            }
        }
        for (Map.Entry<String, Object> s : settings.entrySet()) {
            String key = s.getKey();
            String map = OPTION_MAPS.stream().filter(m -> key.startsWith(m + ".")).findFirst().orElse(null);
            if (map != null) {
                Map<String, String> options = maps.computeIfAbsent(map, m -> new LinkedHashMap<>(base.options(m)));
                String entry = key.substring(map.length() + 1);
                if (String.valueOf(s.getValue()).equalsIgnoreCase("all")) {
                    options.remove(entry);
                } else {
                    options.put(entry, String.valueOf(s.getValue()));
                }
            } else if (!(s.getValue() instanceof Map)) {
                overrides.put(key, String.valueOf(s.getValue()));
            }
        }
        maps.forEach((key, options) -> {
            StringBuilder text = new StringBuilder();
            options.forEach((k, v) -> text.append(text.length() == 0 ? "" : ",").append(k).append('=').append(v));
            overrides.put(key, text.toString());
        });
        overrides.put("out", sweep.out().resolve(point.name()).toString());
        overrides.put("resume", "true");
        // Runs that pretrain alike share one pretrained model.
        Map<String, String> pretrain = new TreeMap<>();
        Experiment merged = ExperimentFile.load(sweep.base(), overrides);
        merged.settings().forEach((k, v) -> {
            if (k.startsWith("pretrain.") || k.equals("seed")) {
                pretrain.put(k, String.valueOf(v));
            }
        });
        overrides.put("pretrain.out", sweep.out().resolve("pretrained").resolve(
                merged.text("pretrain.model").orElse("model") + "-" + Integer.toHexString(pretrain.hashCode())).toString());
        return overrides;
    }

    private static SweepResult read(SweepPoint point, Experiment e, boolean skipped) {
        try {
            JsonObject report = JsonParser.parseString(Files.readString(e.transferOut().resolve("report.json"))).getAsJsonObject();
            JsonObject run = report.getAsJsonObject("run");
            double head = run.getAsJsonArray("phases").get(0).getAsJsonObject().get("testAccuracyAfter").getAsDouble();
            double last = run.getAsJsonObject("evaluation").get("accuracy").getAsDouble();
            double scratch = report.has("baseline")
                    ? report.getAsJsonObject("baseline").getAsJsonObject("evaluation").get("accuracy").getAsDouble() : Double.NaN;
            int train = run.getAsJsonObject("datasetSizes").get("train").getAsInt();
            int classes = run.getAsJsonArray("classes").size();
            String perClassLabel = point.labels().entrySet().stream().filter(x -> x.getKey().endsWith("perClass"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            int perClass = perClassLabel == null ? -1 : perClassLabel.equalsIgnoreCase("all") ? 0 : Integer.parseInt(perClassLabel);
            return new SweepResult(point.name(), point.labels(), perClass, (double) train / classes, head, last, scratch, skipped);
        } catch (IOException | RuntimeException ex) {
            throw new GlyphException("The report of sweep run " + e.transferOut() + " cannot be read (" + ex.getMessage()
                    + "); delete that folder to run it again.", ex);
        }
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
