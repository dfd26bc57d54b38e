package org.glyphtransfer.transfer;

import org.glyphtransfer.transfer.train.PhaseOutcome;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.Evaluator;
import org.glyphtransfer.transfer.report.ReportWriter;
import org.glyphtransfer.transfer.store.LoadedModel;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.settings.Freeze;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.train.TorchStyleInitializer;

/**
 * Transfers a trained model to a target dataset: keeps its backbone, attaches a fresh head for
 * the target's classes, and trains in phases.
 * {@code Transfer.from(dir).to(dataset("letter-folders", "root=letters-scans"))
 * .phase(Phase.headOnly()).phase(Phase.fineTune()).saveTo(out).run()}.
 * Without phases it runs the default recipe ({@link Recipe#DEFAULT}); {@code recipe("reference-study")}
 * reproduces the reference study: head only (Adam 0.001, batch 16, 50 epochs), then everything
 * (Adam 0.0001, batch 16, 50 epochs), both with early stopping.
 */
public final class Transfer {
    private final Path source;
    private PluginChoice target;
    private final List<Phase> phases = new ArrayList<>();
    private boolean baselineScratch;
    private Path output;
    private boolean overwrite;
    private boolean report = true;
    private boolean resume;
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
        return new Transfer(pretrained.outputDirectory().orElseThrow(() ->
                new GlyphException("The pretraining result was not saved; call saveTo(dir) before run().")));
    }

    /** @param dataset the target dataset @return this */
    public Transfer to(PluginChoice dataset) {
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
     * @param defaults dataset options for the target unless the user set them and if its plugin has them
     * @return this
     */
    public Transfer targetDefaults(Map<String, String> defaults) {
        this.targetDefaults = Map.copyOf(defaults);
        return this;
    }

    /** @param yes also train the architecture from random weights with the same budget @return this */
    public Transfer baselineScratch(boolean yes) {
        this.baselineScratch = yes;
        return this;
    }

    /** @param dir where the model folder and report go @return this */
    public Transfer saveTo(Path dir) {
        this.output = dir;
        return this;
    }

    /** @param yes write into an existing folder not made by glyph @return this */
    public Transfer overwrite(boolean yes) {
        this.overwrite = yes;
        return this;
    }

    /** @param yes write report.json, report.md and plots; default true @return this */
    public Transfer report(boolean yes) {
        this.report = yes;
        return this;
    }

    /** @param yes continue from the last checkpoints in the output folder, if any @return this */
    public Transfer resume(boolean yes) {
        this.resume = yes;
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
        return first.toBuilder().optName("scratch").optEpochs(epochs).optFreeze(Freeze.none()).optBackboneLrMultiplier(1).build();
    }

    /**
     * Loads the source model and the target, trains the phases, evaluates, saves.
     *
     * @return the transferred model, and the scratch baseline when asked for
     */
    public RunResult run() {
        return RunSupport.discardingOnFailure(output, this::train);
    }

    private RunResult train() {
        if (target == null) {
            throw new GlyphException("Transfer from " + source + " needs a target dataset: call to(dataset(…)).");
        }
        GlyphRuntime rt = runtime != null ? runtime : GlyphRuntime.defaults();
        RunSupport.prepareOutput(output, overwrite);
        List<Phase> plan = effectivePhases();
        Map<String, String> defaults = phases.isEmpty() && targetDefaults.isEmpty()
                ? Recipe.datasetDefaults(Recipe.DEFAULT) : targetDefaults;
        try (LoadedModel loaded = ModelFolder.load(source, rt.registry(), rt.dataRoot(), rt.device());
                NDManager dataManager = NDManager.newBaseManager(rt.device())) {
            Provenance from = loaded.provenance();
            RunSupport.LoadedData data = RunSupport.loadDataset(rt, withDefaults(rt, target, defaults), dataManager);
            GlyphDataset d = data.dataset();
            checkShape(from, d);
            ModelProvider provider = rt.registry().model(from.architecture());
            PluginOptions modelOptions = provider.parseOptions(from.architectureOptions());
            String label = "transfer " + from.architecture() + " → " + target.name();
            TrainedModel transferred;
            try (Network grafted = graft(rt, loaded, provider, modelOptions, d)) {
                Model model = grafted.model();
                ModelParts parts = grafted.parts();
                List<PhaseOutcome> outcomes = RunSupport.runPhases(rt, model, parts, data, from.architecture(), modelOptions, plan, label,
                        RunSupport.checkpointFolder(output, "checkpoint"), resume);
                Evaluation test = Evaluator.evaluate(parts.network(), d.test(), "test", d.classNames(), model.getNDManager());
                Provenance provenance = RunSupport.provenance(rt, from.architecture(), modelOptions, data, plan, test)
                        .source(source.toAbsolutePath().toString()).build();
                if (output != null) {
                    provenance = ModelFolder.save(output, parts.network(), provenance);
                }
                transferred = new TrainedModel(label, outcomes, test, provenance, output);
            }
            TrainedModel baseline = baselineScratch ? scratch(rt, provider, modelOptions, data, plan) : null;
            if (output != null && report) {
                ReportWriter.write(output, transferred, baseline, d);
                rt.listener().onMessage("model and report written to " + output);
            }
            RunSupport.clearCheckpoints(output);
            return new RunResult(transferred, baseline, output);
        }
    }

    /** The source backbone with a fresh head for the target classes, in a new DJL model. */
    private static Network graft(GlyphRuntime rt, LoadedModel loaded, ModelProvider provider, PluginOptions options, GlyphDataset d) {
        rt.reseed();
        Model model = Model.newInstance("transfer", rt.device());
        ModelParts fresh = provider.build(ModelRequest.builder(options, d.numClasses()).optInputShape(d.inputShape())
                .optDataRoot(rt.dataRoot()).optManager(model.getNDManager()).build());
        TorchStyleInitializer.applyTo(fresh.head());
        ModelParts grafted = loaded.parts().withHead(fresh.head());
        // Parameters that already hold values (the trained backbone) keep them; only the head is initialised.
        grafted.network().initialize(model.getNDManager(), DataType.FLOAT32, ModelFolder.batchOf(d.inputShape()));
        model.setBlock(grafted.network());
        return new Network(model, grafted);
    }

    private TrainedModel scratch(GlyphRuntime rt, ModelProvider provider, PluginOptions options, RunSupport.LoadedData data,
            List<Phase> plan) {
        Phase budget = scratchPhase(plan);
        String label = "scratch " + provider.name() + " on " + target.name();
        try (Network network = RunSupport.freshModel(rt, provider, options, data.dataset(), "scratch")) {
            List<PhaseOutcome> outcomes = RunSupport.runPhases(rt, network.model(), network.parts(), data, provider.name(), options, List.of(budget), label,
                    RunSupport.checkpointFolder(output, "checkpoint-scratch"), resume);
            Evaluation test = Evaluator.evaluate(network.parts().network(), data.dataset().test(), "test",
                    data.dataset().classNames(), network.model().getNDManager());
            Provenance provenance = RunSupport.provenance(rt, provider.name(), options, data, List.of(budget), test).build();
            return new TrainedModel(label, outcomes, test, provenance, null);
        }
    }

    private static PluginChoice withDefaults(GlyphRuntime rt, PluginChoice choice, Map<String, String> defaults) {
        PluginChoice result = choice;
        var known = rt.registry().dataset(choice.name()).options().specs().stream().map(s -> s.key()).toList();
        for (Map.Entry<String, String> d : defaults.entrySet()) {
            if (known.contains(d.getKey()) && !choice.options().containsKey(d.getKey())) {
                result = result.withOption(d.getKey(), d.getValue());
            }
        }
        return result;
    }

    private static void checkShape(Provenance from, GlyphDataset d) {
        Shape trained = new Shape(from.inputShape());
        if (!trained.equals(d.inputShape())) {
            throw new GlyphException("The source model was trained on inputs of shape " + trained + " but dataset '"
                    + d.name() + "' gives " + d.inputShape() + "; use a dataset with the same image size and channels.");
        }
    }
}
