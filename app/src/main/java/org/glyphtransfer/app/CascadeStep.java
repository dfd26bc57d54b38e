package org.glyphtransfer.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.app.experiment.Experiment;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.ModelEvaluation;
import org.glyphtransfer.transfer.Recipe;
import org.glyphtransfer.transfer.Transfer;
import org.glyphtransfer.transfer.eval.CascadeEffect;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.store.CascadeFolders;
import org.glyphtransfer.transfer.store.ModelFolder;

/**
 * The {@code cascade} section of an experiment: for each class subset of {@code cascade.classes}
 * ({@code O,0}, several separated by {@code ;}), a specialist transferred from the same source as the
 * main model, on the target dataset with the option {@code classes} set to the subset and the same
 * phases; then the main model with its specialists attached ({@code OUT/model}) and its evaluation
 * with and without them ({@code OUT/report}). OUT is {@code cascade.out}, else {@code out/cascade}.
 */
final class CascadeStep {
    private final Experiment e;
    private final GlyphRuntime runtime;

    CascadeStep(Experiment experiment, GlyphRuntime runtime) {
        this.e = experiment;
        this.runtime = runtime;
    }

    /** Checks that the target dataset takes the subsets as its option 'classes'. */
    static void validate(Experiment e, GlyphRuntime runtime) {
        for (String subset : subsets(e)) {
            runtime.registry()
                    .dataset(e.text("transfer.dataset").orElseThrow())
                    .parseOptions(withClasses(e, subset).options());
        }
    }

    private static List<String> subsets(Experiment e) {
        List<String> out = new ArrayList<>();
        for (String s : e.text("cascade.classes").orElse("").split(";")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        if (e.has("cascade.classes") && out.isEmpty()) {
            throw new GlyphException("'cascade.classes' is empty; name the classes of each specialist, e.g. O,0.");
        }
        return out;
    }

    private static DatasetChoice withClasses(Experiment e, String subset) {
        return DatasetChoice.of(e.text("transfer.dataset").orElseThrow(), e.options("transfer.option"))
                .withOption("classes", subset);
    }

    private Path out() {
        return out(e);
    }

    /** @return the folder the cascade section writes: {@code cascade.out}, else {@code cascade} beside the transfer */
    static Path out(Experiment e) {
        return e.text("cascade.out")
                .map(Path::of)
                .orElseGet(() -> e.transferOut().resolveSibling("cascade"));
    }

    /** @return what the cascade changed, one line per subset after the overall line */
    List<String> run(Path source, List<Phase> phases) {
        List<Path> specialists = new ArrayList<>();
        List<String> subsets = subsets(e);
        for (int i = 0; i < subsets.size(); i++) {
            Path dir = out().resolve("specialist-" + (i + 1));
            runtime.listener().onMessage("cascade: training a specialist for " + subsets.get(i) + " in " + dir);
            Transfer.from(source)
                    .on(withClasses(e, subsets.get(i)))
                    .phases(phases)
                    .targetDefaults(
                            Recipe.datasetDefaults(e.text("transfer.recipe").orElse(Recipe.DEFAULT)))
                    .saveTo(dir)
                    .writePolicy(Policies.write(e.flag("overwrite")))
                    .resumePolicy(Policies.resume(e.flag("resume")))
                    .runtime(runtime)
                    .run();
            specialists.add(dir);
        }
        Path model = out().resolve("model");
        if (ModelFolder.isModelFolder(model)) {
            // Made by an earlier run of this experiment from its own outputs: rebuilt from the new ones.
            deleteTree(model);
        }
        CascadeFolders.attach(e.transferOut(), specialists, model);
        Evaluation with = ModelEvaluation.of(model)
                .reportTo(out().resolve("report"))
                .writePolicy(Policies.write(e.flag("overwrite")))
                .runtime(runtime)
                .run();
        CascadeEffect c = with.cascade().orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                java.util.Locale.ROOT,
                "cascade: test accuracy %.2f%% without, %.2f%% with the specialists; model %s, report %s",
                100 * c.accuracyWithout(),
                100 * c.accuracyWith(),
                model,
                out().resolve("report")));
        for (CascadeEffect.Subset s : c.subsets()) {
            lines.add(String.format(
                    java.util.Locale.ROOT,
                    "cascade: on %s (%d samples) %.2f%% without, %.2f%% with",
                    String.join(", ", s.classes()),
                    s.samples(),
                    100 * s.accuracyWithout(),
                    100 * s.accuracyWith()));
        }
        return lines;
    }

    /** Removes a folder and everything in it (a model folder that is rebuilt). */
    static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
