package org.glyphtransfer.transfer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.Evaluator;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.store.TrainingRecord;
import org.glyphtransfer.transfer.train.PhaseOutcome;
import org.glyphtransfer.transfer.train.RunIdentity;
import org.glyphtransfer.transfer.train.TrainingRun;

/**
 * What pretraining, transfer and the scratch baseline each do with a network: run its phases
 * (checkpointing into the output folder), evaluate it on the test split, record its provenance
 * and, when asked, save it.
 */
final class TrainingJob {
    private final GlyphRuntime runtime;
    private final LoadedData data;
    private final OutputFolder output;
    private final ResumePolicy resume;
    private final StageClock clock;

    TrainingJob(GlyphRuntime runtime, LoadedData data, OutputFolder output, ResumePolicy resume, StageClock clock) {
        this.runtime = runtime;
        this.data = data;
        this.output = output;
        this.resume = resume;
        this.clock = clock;
    }

    /**
     * One network's training.
     *
     * @param role which network of the run it is ({@code pretrain}, {@code transfer}, {@code scratch}), for timings
     * @param label what is trained, for progress and reports
     * @param architecture the network's plugin and options
     * @param phases the phases, in order
     * @param checkpoint the name of its checkpoint folder inside the output folder
     * @param source the model folder it was transferred from, or null
     */
    record Plan(
            String role, String label, Architecture architecture, List<Phase> phases, String checkpoint, Path source) {}

    /**
     * Trains, evaluates and records a network.
     *
     * @param network the network, initialised
     * @param plan what to do with it
     * @param save true to save the model into the output folder (when there is one)
     * @return the trained model
     */
    TrainedModel train(Network network, Plan plan, boolean save) {
        GlyphDataset d = data.dataset();
        RunIdentity identity = new RunIdentity(
                plan.label(),
                runtime.seed(),
                new RunIdentity.PluginRef(
                        plan.architecture().name(),
                        plan.architecture().options().asText()),
                new RunIdentity.PluginRef(data.provider().name(), data.options().asText()),
                d.classNames(),
                plan.phases().stream().map(Phase::describe).toList());
        long start = System.nanoTime();
        TrainingRun run = new TrainingRun(
                network.model(),
                network.parts(),
                d,
                identity,
                runtime.listener(),
                output.checkpointing(plan.checkpoint(), resume));
        List<PhaseOutcome> outcomes = run.run(plan.phases());
        double wall = (System.nanoTime() - start) / 1e9;
        clock.recordTraining(plan.role(), wall - run.testSeconds(), d.train().size(), outcomes);
        // The test pass after the last phase is the final evaluation; it is not run twice.
        Evaluation test = clock.time(
                RunTimings.TEST,
                plan.role(),
                () -> run.finalTest()
                        .orElseGet(() -> Evaluator.evaluate(
                                network.parts().network(),
                                d.test(),
                                "test",
                                d.classNames(),
                                network.model().getNDManager())));
        clock.add(RunTimings.TEST, plan.role(), run.testSeconds());
        Provenance recorded = provenance(plan, test);
        Path dir = save ? output.path().orElse(null) : null;
        Provenance provenance = dir == null
                ? recorded
                : clock.time(
                        RunTimings.SAVE,
                        plan.role(),
                        () -> ModelFolder.save(dir, network.parts().network(), recorded));
        return new TrainedModel(plan.label(), outcomes, test, provenance, dir);
    }

    private Provenance provenance(Plan plan, Evaluation evaluation) {
        GlyphDataset d = data.dataset();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("train", d.train().size());
        sizes.put("validation", d.validation().size());
        sizes.put("test", d.test().size());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("testAccuracy", evaluation.accuracy());
        metrics.put("testLoss", evaluation.loss());
        metrics.put("testMacroF1", evaluation.macroAverage().f1());
        Provenance.Builder b = Provenance.builder()
                .architecture(
                        plan.architecture().name(),
                        plan.architecture().options().asText())
                .classes(d.classNames(), d.inputShape().getShape())
                .dataset(data.provider().name(), data.options().asText(), sizes)
                .training(new TrainingRecord(
                        plan.phases(),
                        runtime.engine().deviceName(),
                        runtime.engine().threads()))
                .metrics(metrics)
                .seed(runtime.seed())
                .versions(Versions.of(runtime));
        if (plan.source() != null) {
            b.source(plan.source().toAbsolutePath().toString());
        }
        return b.build();
    }
}
