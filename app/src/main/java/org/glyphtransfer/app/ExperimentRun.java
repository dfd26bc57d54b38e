package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.PathRules;
import org.glyphtransfer.app.experiment.Experiment;
import org.glyphtransfer.baselines.BaselineSet;
import org.glyphtransfer.baselines.ComparedRun;
import org.glyphtransfer.baselines.Comparison;
import org.glyphtransfer.transfer.Baseline;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.ModelChoice;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.PretrainingRecipe;
import org.glyphtransfer.transfer.Recipe;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.Transfer;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.settings.Stage;
import org.glyphtransfer.transfer.store.ModelFolder;

/** Turns a validated experiment into library calls: pretraining, then transfer. */
final class ExperimentRun {
    private final Experiment e;
    private final GlyphRuntime runtime;
    private List<String> cascadeLines = List.of();

    ExperimentRun(Experiment experiment, GlyphRuntime runtime) {
        this.e = experiment;
        this.runtime = runtime;
    }

    /** Checks plugin names, plugin options, recipe and phase values without loading anything. */
    void validate() {
        if (e.has("pretrain.model") && !e.has("transfer.from")) {
            check(
                    "pretrain",
                    () -> runtime.registry()
                            .model(e.text("pretrain.model").orElseThrow())
                            .parseOptions(e.options("pretrain.model-option")));
            check(
                    "pretrain",
                    () -> runtime.registry()
                            .dataset(e.text("pretrain.dataset").orElseThrow())
                            .parseOptions(e.options("pretrain.option")));
            check("pretrain", () -> e.phaseSettings(Stage.PRETRAIN).apply(List.of(PretrainingRecipe.phase(recipe()))));
        }
        if (!e.hasTransfer()) {
            checkOutputs();
            return;
        }
        check(
                "transfer",
                () -> runtime.registry()
                        .dataset(e.text("transfer.dataset").orElseThrow())
                        .parseOptions(e.options("transfer.option")));
        check("transfer", this::phases);
        check("cascade", () -> CascadeStep.validate(e, runtime));
        baselines();
        checkOutputs();
    }

    /** Keeps every folder the experiment writes apart from everything it reads, before anything runs. */
    private void checkOutputs() {
        boolean pretrains = !e.has("transfer.from");
        Map<String, Path> read = new LinkedHashMap<>();
        read.put("the experiment file", e.file());
        e.text("transfer.from").ifPresent(from -> read.put("the source model folder", Path.of(from)));
        if (pretrains) {
            read.putAll(DatasetChoice.of(e.text("pretrain.dataset").orElseThrow(), e.options("pretrain.option"))
                    .readPaths(runtime));
            read.putAll(ModelChoice.of(e.text("pretrain.model").orElseThrow(), e.options("pretrain.model-option"))
                    .readPaths(runtime));
        }
        if (e.hasTransfer()) {
            read.putAll(DatasetChoice.of(e.text("transfer.dataset").orElseThrow(), e.options("transfer.option"))
                    .readPaths(runtime));
        }
        e.text("out").ifPresent(out -> PathRules.requireApart("'out'", Path.of(out), read));
        if (pretrains) {
            PathRules.requireApart(e.has("pretrain.out") ? "'pretrain.out'" : "'out'", e.pretrainOut(), read);
            read.put("the pretrained model folder", e.pretrainOut());
        }
        if (e.hasTransfer()) {
            PathRules.requireApart(e.has("transfer.out") ? "'transfer.out'" : "'out'", e.transferOut(), read);
        }
        if (e.hasTransfer() && e.has("cascade.classes")) {
            // The cascade reads the transferred model, so its folder must keep apart from that one too.
            read.put("the transferred model folder", e.transferOut());
            PathRules.requireApart(e.has("cascade.out") ? "'cascade.out'" : "'out'", CascadeStep.out(e), read);
        }
    }

    /** @return what the transfer is compared with, from 'transfer.baseline' */
    BaselineSet baselines() {
        return BaselineSet.parse(e.text("transfer.baseline").orElse(null), e.file() + ": 'transfer.baseline'");
    }

    /**
     * Runs the experiment, then the classic baselines it names beside the transfer.
     *
     * @return the transfer and the comparison entries (empty without baselines)
     */
    Compared executeAndCompare() {
        RunResult result = execute();
        BaselineSet set = baselines();
        return new Compared(
                result, set.isEmpty() ? List.of() : ComparedRun.alongside(result, set.methods(), target(), runtime));
    }

    /**
     * A run and its comparison.
     *
     * @param result the transfer
     * @param comparison every model side by side, or empty
     */
    record Compared(RunResult result, List<Comparison.Entry> comparison) {}

    private DatasetChoice target() {
        return DatasetChoice.of(e.text("transfer.dataset").orElseThrow(), e.options("transfer.option"));
    }

    RunResult execute() {
        Path source = e.text("transfer.from").map(Path::of).orElse(null);
        boolean resume = e.flag("resume");
        if (source == null && resume && e.hasTransfer() && ModelFolder.isModelFolder(e.pretrainOut())) {
            runtime.listener().onMessage("resume: pretrained model " + e.pretrainOut() + " is complete, kept");
            source = e.pretrainOut();
        }
        if (source == null) {
            RunResult pretrained = pretrain();
            if (!e.hasTransfer()) {
                return pretrained;
            }
            source = pretrained.outputDirectory().orElseThrow();
        }
        RunResult result = Transfer.from(source)
                .on(DatasetChoice.of(e.text("transfer.dataset").orElseThrow(), e.options("transfer.option")))
                .phases(phases())
                .targetDefaults(Recipe.datasetDefaults(e.text("transfer.recipe").orElse(Recipe.DEFAULT)))
                .baseline(baselines().scratch() ? Baseline.SCRATCH : Baseline.NONE)
                .saveTo(e.transferOut())
                .writePolicy(Policies.write(e.flag("overwrite")))
                .resumePolicy(Policies.resume(resume))
                .runtime(runtime)
                .run();
        if (e.has("cascade.classes")) {
            cascadeLines = new CascadeStep(e, runtime).run(source, phases());
        }
        return result;
    }

    /**
     * Runs the pretraining section alone, into {@link Experiment#pretrainOut()}; {@link #execute()}
     * runs it first unless the experiment transfers from a given folder.
     *
     * @return the pretrained model
     */
    RunResult pretrain() {
        return Pretraining.of(
                        ModelChoice.of(e.text("pretrain.model").orElseThrow(), e.options("pretrain.model-option")))
                .on(DatasetChoice.of(e.text("pretrain.dataset").orElseThrow(), e.options("pretrain.option")))
                .recipe(recipe())
                .adjust(e.phaseSettings(Stage.PRETRAIN))
                .saveTo(e.pretrainOut())
                .writePolicy(Policies.write(e.flag("overwrite")))
                .resumePolicy(Policies.resume(e.flag("resume")))
                .runtime(runtime)
                .run();
    }

    /** @return what the cascade section measured, after {@link #execute()}; empty without one */
    List<String> cascadeLines() {
        return cascadeLines;
    }

    private String recipe() {
        return e.text("pretrain.recipe").orElse(PretrainingRecipe.DEFAULT);
    }

    private List<Phase> phases() {
        return e.phaseSettings(Stage.TRANSFER)
                .apply(Recipe.phases(e.text("transfer.recipe").orElse(Recipe.DEFAULT)));
    }

    /** Runs a check and prefixes its error with the file and section, so the user knows where to look. */
    private void check(String section, Runnable check) {
        try {
            check.run();
        } catch (GlyphException ex) {
            throw new GlyphException(e.file() + ", section '" + section + "': " + ex.getMessage(), ex);
        }
    }
}
