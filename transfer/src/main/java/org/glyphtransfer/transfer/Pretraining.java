package org.glyphtransfer.transfer;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.report.ReportWriter;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.settings.PhaseSettings;

/**
 * Trains a model on a source dataset and saves it with its provenance:
 * {@code Pretraining.of(model("simple-cnn")).on(dataset("mnist")).epochs(10).saveTo(dir).run()}.
 * Defaults are {@link PretrainingRecipe#DEFAULT}'s, the best measured MNIST setup: Adam 0.001,
 * batch 128, 10 epochs, cosine decay, label smoothing 0.1, augmented training batches where the dataset
 * plugin can augment, and for {@code simple-cnn} a centred window and dropout 0.25; {@code recipe("reference-study")} reproduces the reference study.
 * Validation every epoch, test evaluation at the end.
 */
public final class Pretraining {
    private final ModelChoice model;
    private DatasetChoice dataset;
    private String recipe = PretrainingRecipe.DEFAULT;
    private Phase phase = PretrainingRecipe.phase(recipe);
    private Path output;
    private WritePolicy writePolicy = WritePolicy.REFUSE_FOREIGN;
    private Reports reports = Reports.WRITE;
    private ResumePolicy resumePolicy = ResumePolicy.START_OVER;
    private GlyphRuntime runtime;

    private Pretraining(ModelChoice model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * @param model the architecture, e.g. {@code Glyph.model("simple-cnn")}
     * @return a pretraining to configure
     */
    public static Pretraining of(ModelChoice model) {
        return new Pretraining(model);
    }

    /** @param source the source dataset @return this */
    public Pretraining on(DatasetChoice source) {
        this.dataset = source;
        return this;
    }

    /**
     * Starts from a named recipe's phase and model options; call it before changing settings, which
     * it replaces.
     *
     * @param name a name of {@link PretrainingRecipe#names()}; default {@value PretrainingRecipe#DEFAULT}
     * @return this
     * @throws GlyphException for an unknown name
     */
    public Pretraining recipe(String name) {
        this.phase = PretrainingRecipe.phase(name);
        this.recipe = name;
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

    /**
     * @param dir where the model folder and report go; refused when it is, contains or lies inside
     *     what the run reads (the dataset's files) or is or contains the data root
     * @return this
     */
    public Pretraining saveTo(Path dir) {
        this.output = dir;
        return this;
    }

    /** @param policy whether an existing folder glyph did not make may be written into @return this */
    public Pretraining writePolicy(WritePolicy policy) {
        this.writePolicy = policy;
        return this;
    }

    /** @param r whether report.json, report.md and plots go next to the model; default {@link Reports#WRITE} @return this */
    public Pretraining reports(Reports r) {
        this.reports = r;
        return this;
    }

    /** @param policy whether to continue from the last checkpoint in the output folder @return this */
    public Pretraining resumePolicy(ResumePolicy policy) {
        this.resumePolicy = policy;
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
        if (dataset == null) {
            throw new GlyphException("Pretraining of " + model + " needs a source dataset: call on(dataset(…)).");
        }
        GlyphRuntime rt = runtime != null ? runtime : GlyphRuntime.defaults();
        ModelChoice effective = model.withDefaults(PretrainingRecipe.modelDefaults(recipe, model.name()));
        DatasetChoice data =
                dataset.withDefaults(rt.registry().dataset(dataset.name()), PretrainingRecipe.datasetDefaults(recipe));
        OutputFolder folder = OutputFolder.of(output, writePolicy, RunInputs.of(rt, null, data, effective));
        return folder.run(() -> train(rt, folder, effective, data));
    }

    private RunResult train(GlyphRuntime rt, OutputFolder folder, ModelChoice choice, DatasetChoice source) {
        StageClock clock = new StageClock();
        clock.time(RunTimings.ENGINE, rt::engine);
        Architecture architecture = Architecture.of(rt, choice);
        try (NDManager dataManager = NDManager.newBaseManager(rt.djlDevice())) {
            LoadedData data = clock.time(RunTimings.DATA, () -> DatasetLoading.load(rt, source, dataManager));
            String label = "pretrain " + choice.name() + " on " + source.name();
            TrainingJob job = new TrainingJob(rt, data, folder, resumePolicy, clock);
            try (Network network = Networks.fresh(rt, architecture, data.dataset(), "pretrain")) {
                TrainedModel trained = job.train(
                        network,
                        new TrainingJob.Plan(
                                "pretrain", label, architecture, List.of(phase), OutputFolder.CHECKPOINT, null),
                        true);
                if (output != null && reports == Reports.WRITE) {
                    clock.time(RunTimings.REPORT, () -> ReportWriter.write(output, trained, null, data.dataset()));
                    rt.listener().onMessage("model and report written to " + output);
                }
                folder.clearCheckpoints();
                return new RunResult(trained, null, output, clock.timings());
            }
        }
    }
}
