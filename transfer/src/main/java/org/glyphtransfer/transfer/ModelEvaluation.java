package org.glyphtransfer.transfer;

import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.cascade.Cascade;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.predict.AnswerPolicy;
import org.glyphtransfer.transfer.report.ReportWriter;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.ModelPlugins;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.store.ScoringModel;

/**
 * Evaluates a saved model on a dataset's test split:
 * {@code ModelEvaluation.of(dir).on(dataset("letter-folders", "root=letters-scans")).run()}.
 * Without a dataset it uses the one recorded in the model folder, with its recorded options and any
 * given with {@link #withDatasetOptions(Map)}. With {@link #reportTo(Path)}
 * it writes the same report files as training does.
 */
public final class ModelEvaluation {
    private final Path modelDir;
    private DatasetChoice dataset;
    private Map<String, String> datasetOptions = Map.of();
    private Path reportDir;
    private WritePolicy writePolicy = WritePolicy.REFUSE_FOREIGN;
    private GlyphRuntime runtime;
    private AnswerPolicy policy = AnswerPolicy.answerAlways();
    private boolean useCascade = true;

    private ModelEvaluation(Path modelDir) {
        this.modelDir = modelDir;
    }

    /** @param modelDir a model folder @return an evaluation to configure */
    public static ModelEvaluation of(Path modelDir) {
        return new ModelEvaluation(modelDir);
    }

    /** @param choice the dataset; default: the one the model was trained on @return this */
    public ModelEvaluation on(DatasetChoice choice) {
        this.dataset = choice;
        return this;
    }

    /**
     * Options for the dataset, checked by its plugin like any others: on top of those the model was
     * trained with when no dataset is chosen (e.g. {@code perClass=50} or {@code root=other-scans}
     * for the model's own dataset), else on top of the chosen dataset's.
     *
     * @param options option values by key
     * @return this
     */
    public ModelEvaluation withDatasetOptions(Map<String, String> options) {
        this.datasetOptions = Map.copyOf(options);
        return this;
    }

    /**
     * @param dir where to write report.json, report.md and plots; refused when it is, contains or lies
     *     inside the model folder or the dataset's files, or is or contains the data root
     * @return this
     */
    public ModelEvaluation reportTo(Path dir) {
        this.reportDir = dir;
        return this;
    }

    /** @param policy whether the report may go into an existing folder that glyph did not make @return this */
    public ModelEvaluation writePolicy(WritePolicy policy) {
        this.writePolicy = policy;
        return this;
    }

    /**
     * @param p the classes the model may answer (samples of other classes are left out, the rest
     *     renormalised) and the minimum confidence whose answers the report counts; default: every class,
     *     always answered
     * @return this
     */
    public ModelEvaluation answering(AnswerPolicy p) {
        this.policy = java.util.Objects.requireNonNull(p, "policy");
        return this;
    }

    /**
     * @param use whether the specialists the model folder names decide among their classes; default true
     * @return this
     */
    public ModelEvaluation cascade(boolean use) {
        this.useCascade = use;
        return this;
    }

    /** @param r registry, data root, engine; default {@link GlyphRuntime#defaults()} @return this */
    public ModelEvaluation runtime(GlyphRuntime r) {
        this.runtime = r;
        return this;
    }

    /**
     * Loads the model and the dataset and evaluates the test split.
     *
     * @return the evaluation
     */
    public Evaluation run() {
        GlyphRuntime rt = runtime != null ? runtime : GlyphRuntime.defaults();
        DatasetChoice given = dataset == null ? null : withOptions(dataset);
        if (reportDir != null) {
            // A folder holding an earlier report is ours to replace, unless the model itself is in it.
            boolean earlierReport = Files.isRegularFile(reportDir.resolve(ReportWriter.FILES.get(0)));
            OutputFolder.of(
                            reportDir,
                            earlierReport ? WritePolicy.OVERWRITE : writePolicy,
                            RunInputs.of(rt, modelDir, given))
                    .prepare();
        }
        try (ScoringModel model = ModelFolder.loadScoring(modelDir, rt.registry(), rt.dataRoot(), rt.djlDevice());
                NDManager manager = NDManager.newBaseManager(rt.djlDevice())) {
            Provenance p = model.provenance();
            if (dataset == null) {
                // The model's own dataset, as its model.json records it: a mistake there names that file.
                ModelPlugins.options(
                        modelDir,
                        "datasetOptions",
                        ModelPlugins.dataset(modelDir, p, rt.registry()),
                        p.datasetOptions());
            }
            DatasetChoice choice =
                    given != null ? given : withOptions(DatasetChoice.of(p.dataset(), p.datasetOptions()));
            if (dataset == null) {
                // The model's own dataset is known only now.
                RunInputs.of(rt, modelDir, choice).requireApart(reportDir);
            }
            // The plugin draws its splits with the seed: the model's own dataset is split as when it was trained,
            // or its test images would be others, some of them trained on.
            long splitSeed = choice.name().equals(p.dataset()) ? p.seed() : rt.seed();
            LoadedData data = DatasetLoading.load(rt, choice, manager, splitSeed);
            if (!data.dataset().classNames().equals(p.classNames())) {
                throw new GlyphException("Model " + modelDir + " predicts "
                        + p.classNames().size() + " classes " + p.classNames()
                        + " but dataset " + choice + " has " + data.dataset().numClasses() + " classes "
                        + data.dataset().classNames()
                        + "; evaluate on a dataset with the same classes.");
            }
            if (!new ai.djl.ndarray.types.Shape(p.inputShape())
                    .equals(data.dataset().inputShape())) {
                throw new GlyphException("Model " + modelDir + " takes inputs of shape "
                        + new ai.djl.ndarray.types.Shape(p.inputShape()) + " but dataset " + choice + " gives "
                        + data.dataset().inputShape() + ".");
            }
            CascadeEvaluation.Outcome outcome;
            try (Cascade cascade = useCascade ? Cascade.load(modelDir, p, rt) : Cascade.none()) {
                outcome = CascadeEvaluation.run(
                        model, cascade, policy, data.dataset().test(), "in " + modelDir, manager);
            }
            Evaluation e = outcome.evaluation();
            if (reportDir != null) {
                Provenance evaluated = p.toBuilder()
                        .dataset(data.provider().name(), data.options().asText(), p.datasetSizes())
                        .build();
                ReportWriter.write(
                        reportDir,
                        new TrainedModel(
                                "evaluate " + modelDir.getFileName() + " on " + choice
                                        + (policy.isAnswerAlways() ? "" : " (" + policy + ")"),
                                List.of(),
                                e,
                                evaluated,
                                modelDir),
                        null,
                        outcome.samples());
            }
            return e;
        }
    }

    private DatasetChoice withOptions(DatasetChoice choice) {
        DatasetChoice with = choice;
        for (Map.Entry<String, String> option : datasetOptions.entrySet()) {
            with = with.withOption(option.getKey(), option.getValue());
        }
        return with;
    }
}
