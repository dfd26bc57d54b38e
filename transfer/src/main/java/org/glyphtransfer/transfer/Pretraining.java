package org.glyphtransfer.transfer;

import org.glyphtransfer.transfer.train.PhaseOutcome;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.Evaluator;
import org.glyphtransfer.transfer.report.ReportWriter;
import org.glyphtransfer.transfer.settings.PhaseSettings;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * Trains a model on a source dataset and saves it with its provenance:
 * {@code Pretraining.of(model("simple-cnn")).on(dataset("mnist")).epochs(10).saveTo(dir).run()}.
 * Defaults follow the reference study: Adam, learning rate 0.001, batch 128, 10 epochs,
 * validation every epoch, test evaluation at the end.
 */
public final class Pretraining {
    private final PluginChoice model;
    private PluginChoice dataset;
    private Phase phase = Phase.full().withName("pretrain");
    private Path output;
    private boolean overwrite;
    private boolean report = true;
    private boolean resume;
    private GlyphRuntime runtime;

    private Pretraining(PluginChoice model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * @param model the architecture, e.g. {@code Glyph.model("simple-cnn")}
     * @return a pretraining to configure
     */
    public static Pretraining of(PluginChoice model) {
        return new Pretraining(model);
    }

    /** @param source the source dataset @return this */
    public Pretraining on(PluginChoice source) {
        this.dataset = source;
        return this;
    }

    /** @param epochs epochs; default 10 @return this */
    public Pretraining epochs(int epochs) {
        phase = phase.withEpochs(epochs);
        return this;
    }

    /** @param lr learning rate; default 0.001 @return this */
    public Pretraining learningRate(double lr) {
        phase = phase.withLearningRate(lr);
        return this;
    }

    /** @param batch batch size; default 128 @return this */
    public Pretraining batchSize(int batch) {
        phase = phase.toBuilder().optBatchSize(batch).build();
        return this;
    }

    /**
     * @param changes pretraining settings to change (epochs, optimiser, schedule, patience, weight decay, …);
     *     settings not given keep their values
     * @return this
     */
    public Pretraining adjust(PhaseSettings changes) {
        this.phase = changes.apply(List.of(phase)).get(0);
        return this;
    }

    /** @param p the whole training phase, replacing the defaults @return this */
    public Pretraining phase(Phase p) {
        this.phase = p;
        return this;
    }

    /** @param dir where the model folder and report go @return this */
    public Pretraining saveTo(Path dir) {
        this.output = dir;
        return this;
    }

    /** @param yes write into an existing folder not made by glyph @return this */
    public Pretraining overwrite(boolean yes) {
        this.overwrite = yes;
        return this;
    }

    /** @param yes write report.json, report.md and plots next to the model; default true @return this */
    public Pretraining report(boolean yes) {
        this.report = yes;
        return this;
    }

    /** @param yes continue from the last checkpoint in the output folder, if any @return this */
    public Pretraining resume(boolean yes) {
        this.resume = yes;
        return this;
    }

    /** @param r registry, data root, engine, progress; default {@link GlyphRuntime#defaults()} @return this */
    public Pretraining runtime(GlyphRuntime r) {
        this.runtime = r;
        return this;
    }

    /**
     * Trains, evaluates on the test split, and saves.
     *
     * @return the trained model and where it was saved
     */
    public RunResult run() {
        return RunSupport.discardingOnFailure(output, this::train);
    }

    private RunResult train() {
        if (dataset == null) {
            throw new org.glyphtransfer.api.GlyphException("Pretraining of " + model + " needs a source dataset: call on(dataset(…)).");
        }
        GlyphRuntime rt = runtime != null ? runtime : GlyphRuntime.defaults();
        RunSupport.prepareOutput(output, overwrite);
        ModelProvider provider = rt.registry().model(model.name());
        PluginOptions modelOptions = provider.parseOptions(model.options());
        try (NDManager dataManager = NDManager.newBaseManager(rt.device())) {
            RunSupport.LoadedData data = RunSupport.loadDataset(rt, dataset, dataManager);
            String label = "pretrain " + model.name() + " on " + dataset.name();
            try (Network network = RunSupport.freshModel(rt, provider, modelOptions, data.dataset(), "pretrain")) {
                List<PhaseOutcome> phases = RunSupport.runPhases(rt, network.model(), network.parts(), data, model.name(), modelOptions, List.of(phase), label,
                        RunSupport.checkpointFolder(output, "checkpoint"), resume);
                Evaluation test = Evaluator.evaluate(network.parts().network(), data.dataset().test(), "test",
                        data.dataset().classNames(), network.model().getNDManager());
                Provenance provenance = RunSupport.provenance(rt, model.name(), modelOptions, data, List.of(phase), test).build();
                if (output != null) {
                    provenance = ModelFolder.save(output, network.parts().network(), provenance);
                }
                TrainedModel trained = new TrainedModel(label, phases, test, provenance, output);
                if (output != null && report) {
                    ReportWriter.write(output, trained, null, data.dataset());
                    rt.listener().onMessage("model and report written to " + output);
                }
                RunSupport.clearCheckpoints(output);
                return new RunResult(trained, null, output);
            }
        }
    }
}
