package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.app.experiment.Experiment;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.PhaseOverrides;
import org.glyphtransfer.transfer.PluginChoice;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Recipe;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.Transfer;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.train.Phase;

/** Turns a validated experiment into library calls: pretraining, then transfer. */
final class ExperimentRun {
    private final Experiment e;
    private final GlyphRuntime runtime;

    ExperimentRun(Experiment experiment, GlyphRuntime runtime) {
        this.e = experiment;
        this.runtime = runtime;
    }

    /** Checks plugin names, plugin options, recipe and phase values without loading anything. */
    void validate() {
        if (e.has("pretrain.model") && !e.has("transfer.from")) {
            check("pretrain", () -> runtime.registry().model(e.text("pretrain.model").orElseThrow())
                    .parseOptions(e.options("pretrain.model-option")));
            check("pretrain", () -> runtime.registry().dataset(e.text("pretrain.dataset").orElseThrow())
                    .parseOptions(e.options("pretrain.option")));
            check("pretrain", () -> knobs("pretrain").build().apply(List.of(Phase.full())));
        }
        check("transfer", () -> runtime.registry().dataset(e.text("transfer.dataset").orElseThrow())
                .parseOptions(e.options("transfer.option")));
        check("transfer", this::phases);
        e.text("transfer.baseline").filter(b -> !b.equals("scratch")).ifPresent(b -> {
            throw new GlyphException(e.file() + ": 'transfer.baseline' is '" + b + "'; the only baseline is 'scratch'.");
        });
    }

    RunResult execute() {
        Path source = e.text("transfer.from").map(Path::of).orElse(null);
        boolean resume = e.flag("resume");
        if (source == null && resume && ModelFolder.isModelFolder(e.pretrainOut())) {
            runtime.listener().onMessage("resume: pretrained model " + e.pretrainOut() + " is complete, kept");
            source = e.pretrainOut();
        }
        if (source == null) {
            Pretraining pretraining = Pretraining.of(PluginChoice.of(e.text("pretrain.model").orElseThrow(), e.options("pretrain.model-option")))
                    .on(PluginChoice.of(e.text("pretrain.dataset").orElseThrow(), e.options("pretrain.option")))
                    .saveTo(e.pretrainOut()).overwrite(e.flag("overwrite")).resume(resume).runtime(runtime);
            e.integer("pretrain.epochs").ifPresent(pretraining::epochs);
            e.decimal("pretrain.lr").ifPresent(pretraining::learningRate);
            e.integer("pretrain.batch").ifPresent(pretraining::batchSize);
            pretraining.adjust(knobs("pretrain").build());
            source = pretraining.run().outputDirectory().orElseThrow();
        }
        return Transfer.from(source).to(PluginChoice.of(e.text("transfer.dataset").orElseThrow(), e.options("transfer.option")))
                .phases(phases()).targetDefaults(Recipe.datasetDefaults(e.text("transfer.recipe").orElse(Recipe.DEFAULT)))
                .baselineScratch(e.has("transfer.baseline")).saveTo(e.transferOut())
                .overwrite(e.flag("overwrite")).resume(resume).runtime(runtime).run();
    }

    private List<Phase> phases() {
        PhaseOverrides overrides = knobs("transfer").optHeadEpochs(e.integer("transfer.head-epochs").orElse(null))
                .optHeadLearningRate(e.decimal("transfer.head-lr").orElse(null)).optHeadFreeze(e.text("transfer.freeze").orElse(null))
                .optFineEpochs(e.integer("transfer.fine-epochs").orElse(null)).optFineLearningRate(e.decimal("transfer.fine-lr").orElse(null))
                .optBackboneLrMultiplier(e.decimal("transfer.backbone-lr-mult").orElse(null))
                .optBatchSize(e.integer("transfer.batch").orElse(null)).build();
        return overrides.apply(Recipe.phases(e.text("transfer.recipe").orElse(Recipe.DEFAULT)));
    }

    /** The options of a section that every phase shares (patience, optimiser, schedule, …). */
    private PhaseOverrides.Builder knobs(String section) {
        return PhaseOverrides.builder().optPatience(e.integer(section + ".patience").orElse(null))
                .optOptimizer(e.text(section + ".optimizer").orElse(null)).optSchedule(e.text(section + ".schedule").orElse(null))
                .optWeightDecay(e.decimal(section + ".weight-decay").orElse(null))
                .optLabelSmoothing(e.decimal(section + ".label-smoothing").orElse(null));
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
