package org.glyphtransfer.transfer;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.report.ReportWriter;
import org.glyphtransfer.transfer.settings.Freeze;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.settings.PhaseSettings;
import org.glyphtransfer.transfer.store.LoadedModel;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;

/**
 * Transfers a trained model to a target dataset: keeps its backbone, attaches a fresh head for
 * the target's classes, and trains in phases.
 * {@code Transfer.from(dir).on(dataset("letter-folders", "root=letters-scans"))
 * .phase(Phase.headOnly()).phase(Phase.fineTune()).saveTo(out).run()}.
 * Without phases it runs the default recipe ({@link Recipe#DEFAULT}); {@code recipe("reference-study")}
 * reproduces the reference study: head only (Adam 0.001, batch 16, 50 epochs), then everything
 * (Adam 0.0001, batch 16, 50 epochs), both with early stopping.
 */
public final class Transfer {
    private final Path source;
    private DatasetChoice target;
    private final List<Phase> phases = new ArrayList<>();
    private Baseline baseline = Baseline.NONE;
    private Path output;
    private WritePolicy writePolicy = WritePolicy.REFUSE_FOREIGN;
    private Reports reports = Reports.WRITE;
    private ResumePolicy resumePolicy = ResumePolicy.START_OVER;
    private Map<String, String> targetDefaults = Map.of();
    private GlyphRuntime runtime;

    private Transfer(Path source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * @param modelDir a model folder written by pretraining or an earlier transfer
     * @return a transfer to configure
     */
    public static Transfer from(Path modelDir) {
        return new Transfer(modelDir);
    }

    /**
     * @param pretrained the result of a pretraining run that saved its model
     * @return a transfer to configure
     */
    public static Transfer from(RunResult pretrained) {
        return new Transfer(pretrained
                .outputDirectory()
                .orElseThrow(() ->
                        new GlyphException("The pretraining result was not saved; call saveTo(dir) before run().")));
    }

    /** @param dataset the target dataset @return this */
    public Transfer on(DatasetChoice dataset) {
        this.target = dataset;
        return this;
    }

    /** @param phase a phase, run in the order added @return this */
    public Transfer phase(Phase phase) {
        phases.add(phase);
        return this;
    }

    /** @param all the phases, replacing any added @return this */
    public Transfer phases(List<Phase> all) {
        phases.clear();
        phases.addAll(all);
        return this;
    }

    /**
     * Uses a named recipe: its phases, and the dataset options it turns on for the target
     * (those the user did not set and the target's plugin has).
     *
     * @param name a recipe name, see {@link Recipe#describe()}
     * @return this
     */
    public Transfer recipe(String name) {
        phases(Recipe.phases(name));
        this.targetDefaults = Recipe.datasetDefaults(name);
        return this;
    }

    /**
     * @param changes transfer settings to change in the phases (head epochs, fine-tuning rate, …)
     * @return this
     */
    public Transfer adjust(PhaseSettings changes) {
        return phases(changes.apply(effectivePhases()));
    }

    /**
     * @param defaults dataset options for the target unless the user set them and if its plugin has them
     * @return this
     */
    public Transfer targetDefaults(Map<String, String> defaults) {
        this.targetDefaults = Map.copyOf(defaults);
        return this;
    }

    /** @param b what to train beside the transfer for comparison; default {@link Baseline#NONE} @return this */
    public Transfer baseline(Baseline b) {
        this.baseline = b;
        return this;
    }

    /**
     * @param dir where the model folder and report go; refused when it is, contains or lies inside
     *     what the run reads (the source model folder, the target's files) or is or contains the data root
     * @return this
     */
    public Transfer saveTo(Path dir) {
        this.output = dir;
        return this;
    }

    /** @param policy whether an existing folder glyph did not make may be written into @return this */
    public Transfer writePolicy(WritePolicy policy) {
        this.writePolicy = policy;
        return this;
    }

    /** @param r whether report.json, report.md and plots are written; default {@link Reports#WRITE} @return this */
    public Transfer reports(Reports r) {
        this.reports = r;
        return this;
    }

    /** @param policy whether to continue from the last checkpoints in the output folder @return this */
    public Transfer resumePolicy(ResumePolicy policy) {
        this.resumePolicy = policy;
        return this;
    }

    /** @param r registry, data root, engine, progress; default {@link GlyphRuntime#defaults()} @return this */
    public Transfer runtime(GlyphRuntime r) {
        this.runtime = r;
        return this;
    }

    /** @return the phases that will run: the ones given, or the default recipe's */
    public List<Phase> effectivePhases() {
        return phases.isEmpty() ? Recipe.phases(Recipe.DEFAULT) : List.copyOf(phases);
    }

    /**
     * The scratch baseline's budget: as many epochs as all phases together, with the first
     * phase's optimiser, learning rate, batch size and early stopping, nothing frozen.
     *
     * @param phases the transfer phases
     * @return the baseline's single phase
     */
    public static Phase scratchPhase(List<Phase> phases) {
        Phase first = phases.get(0);
        int epochs = phases.stream().mapToInt(Phase::epochs).sum();
        return first.toBuilder()
                .optName("scratch")
                .optEpochs(epochs)
                .optFreeze(Freeze.none())
                .optBackboneLrMultiplier(1)
                .build();
    }

    /**
     * Loads the source model and the target, trains the phases, evaluates, saves.
     *
     * @return the transferred model, and the baseline when asked for
     */
    public RunResult run() {
        if (target == null) {
            throw new GlyphException("Transfer from " + source + " needs a target dataset: call on(dataset(…)).");
        }
        GlyphRuntime rt = runtime != null ? runtime : GlyphRuntime.defaults();
        OutputFolder folder = OutputFolder.of(output, writePolicy, RunInputs.of(rt, source, target));
        return folder.run(() -> train(rt, folder));
    }

    private RunResult train(GlyphRuntime rt, OutputFolder folder) {
        List<Phase> plan = effectivePhases();
        Map<String, String> defaults =
                phases.isEmpty() && targetDefaults.isEmpty() ? Recipe.datasetDefaults(Recipe.DEFAULT) : targetDefaults;
        StageClock clock = new StageClock();
        clock.time(RunTimings.ENGINE, rt::engine);
        try (LoadedModel loaded = clock.time(
                        RunTimings.SOURCE,
                        () -> ModelFolder.load(source, rt.registry(), rt.dataRoot(), rt.djlDevice()));
                NDManager dataManager = NDManager.newBaseManager(rt.djlDevice())) {
            Provenance from = loaded.provenance();
            LoadedData data = clock.time(
                    RunTimings.DATA,
                    () -> DatasetLoading.load(
                            rt, target.withDefaults(rt.registry().dataset(target.name()), defaults), dataManager));
            GlyphDataset d = data.dataset();
            checkShape(from, d);
            Architecture architecture =
                    Architecture.of(rt, ModelChoice.of(from.architecture(), from.architectureOptions()));
            TrainingJob job = new TrainingJob(rt, data, folder, resumePolicy, clock);
            TrainedModel transferred;
            try (Network grafted = Networks.graft(rt, loaded, architecture, d)) {
                transferred = job.train(
                        grafted,
                        new TrainingJob.Plan(
                                "transfer",
                                "transfer " + from.architecture() + " → " + target.name(),
                                architecture,
                                plan,
                                OutputFolder.CHECKPOINT,
                                source),
                        true);
            }
            TrainedModel scratch = null;
            if (baseline == Baseline.SCRATCH) {
                try (Network fresh = Networks.fresh(rt, architecture, d, "scratch")) {
                    scratch = job.train(
                            fresh,
                            new TrainingJob.Plan(
                                    "scratch",
                                    "scratch " + architecture.name() + " on " + target.name(),
                                    architecture,
                                    List.of(scratchPhase(plan)),
                                    OutputFolder.SCRATCH_CHECKPOINT,
                                    null),
                            false);
                }
            }
            if (output != null && reports == Reports.WRITE) {
                TrainedModel model = transferred;
                TrainedModel baselineModel = scratch;
                clock.time(RunTimings.REPORT, () -> ReportWriter.write(output, model, baselineModel, d));
                rt.listener().onMessage("model and report written to " + output);
            }
            folder.clearCheckpoints();
            return new RunResult(transferred, scratch, output, clock.timings());
        }
    }

    private static void checkShape(Provenance from, GlyphDataset d) {
        Shape trained = new Shape(from.inputShape());
        if (!trained.equals(d.inputShape())) {
            throw new GlyphException(
                    "The source model was trained on inputs of shape " + trained + " but dataset '" + d.name()
                            + "' gives " + d.inputShape() + "; use a dataset with the same image size and channels.");
        }
    }
}
