package org.glyphtransfer.transfer.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.engine.GlyphEngine;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.Evaluator;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.settings.Schedule;

/**
 * Runs one training phase on a network and a dataset: batches gathered by index from the split
 * tensors in native code, one scope per batch, validation after every epoch, learning-rate
 * schedule, early stopping with the best epoch restored. Every epoch starts from random state
 * derived from (seed, phase, epoch), so a run resumed from a checkpoint repeats the
 * uninterrupted one.
 */
final class PhaseRunner {
    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;

    /** Called after every epoch with what a checkpoint needs, tensors keyed by parameter path names. */
    interface EpochEnd {
        void accept(
                PhaseState state,
                Map<String, NDArray> optimizerState,
                Map<String, Integer> steps,
                Map<String, NDArray> best);
    }

    private final Model model;
    private final ModelParts parts;
    private final GlyphDataset data;
    private final long seed;
    private final TrainingListener listener;
    private final String runLabel;
    private final NDArray trainLabels;
    private final NDManager labelManager;
    private final ParameterNames names;

    PhaseRunner(
            Model model, ModelParts parts, GlyphDataset data, long seed, TrainingListener listener, String runLabel) {
        this.model = model;
        this.parts = parts;
        this.names = new ParameterNames(parts.network());
        this.data = data;
        this.seed = seed;
        this.listener = listener;
        this.runLabel = runLabel;
        this.labelManager = model.getNDManager().newSubManager();
        this.trainLabels = labelManager.create(
                Arrays.stream(data.train().labels()).asLongStream().toArray());
    }

    /**
     * Trains one phase, or continues it from a checkpoint.
     *
     * @param phase the phase
     * @param phaseIndex its position in the run (part of the per-epoch seed)
     * @param resume a checkpoint of this phase to continue from, or {@code null}
     * @param epochEnd called after every epoch
     * @return its history
     */
    PhaseResult run(Phase phase, int phaseIndex, Checkpoints.Loaded resume, EpochEnd epochEnd) {
        phase.freeze().apply(parts);
        long[] counts = names.countParameters();
        Set<String> backboneIds = new HashSet<>();
        for (Pair<String, Parameter> p : parts.backbone().getParameters()) {
            backboneIds.add(p.getValue().getId());
        }
        PhaseLearningRate lr = new PhaseLearningRate(phase.learningRate(), phase.backboneLrMultiplier(), backboneIds);
        Loss loss = phase.labelSmoothing() > 0
                ? new SmoothedCrossEntropy(phase.labelSmoothing())
                : Loss.softmaxCrossEntropyLoss();
        ScopedOptimizer optimizer = Optimizers.create(phase, lr);
        BestWeights best = new BestWeights(parts.network(), model.getNDManager());
        PhaseState state = new PhaseState();
        if (resume != null) {
            state = resume.state().current;
            optimizer.importState(
                    names.byId(ParameterNames.named(resume.state().optimizerKeys, resume.optimizer())),
                    names.byId(resume.state().optimizerSteps),
                    names.weightsById());
            if (state.bestCaptured) {
                best.importFrom(names.byId(ParameterNames.named(resume.state().bestKeys, resume.best())));
            }
            lr.setScale(state.lrScale);
        }
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                .optOptimizer(optimizer)
                .optDevices(new Device[] {model.getNDManager().getDevice()});
        int batches = (data.train().size() + phase.batchSize() - 1) / phase.batchSize();
        listener.onPhaseStart(runLabel, phase, counts[0], counts[1], batches);
        StepCheck.warnIfTooFew(phase, batches, listener);
        boolean stop = phase.patience() > 0 && state.sinceImprovement >= phase.patience();
        boolean stoppedEarly = stop && state.epochsDone() < phase.epochs();
        try (Trainer trainer = model.newTrainer(config)) {
            for (int epoch = state.epochsDone() + 1; epoch <= phase.epochs() && !stop; epoch++) {
                long epochStart = System.nanoTime();
                if (phase.schedule().kind() != Schedule.Kind.PLATEAU) {
                    lr.setScale(phase.schedule().scale(epoch - 1, phase.epochs()));
                }
                long epochSeed = mix(seed, phaseIndex, epoch);
                Engine.getInstance().setRandomSeed(GlyphEngine.engineSeed(epochSeed));
                double[] trained = trainEpoch(trainer, loss, phase, epoch, batches, new Random(epochSeed));
                double trainSeconds = (System.nanoTime() - epochStart) / 1e9;
                Evaluation validated = Evaluator.evaluate(
                        parts.network(), data.validation(), "validation", data.classNames(), model.getNDManager());
                double[] validation = {validated.loss(), validated.accuracy()};
                EpochStats stats = new EpochStats(
                        phase.name(),
                        epoch,
                        new EpochStats.Scores(trained[0], trained[1]),
                        new EpochStats.Scores(validation[0], validation[1]),
                        lr.current(),
                        new EpochStats.Timing(
                                (System.nanoTime() - epochStart) / 1e9,
                                data.train().size() / trainSeconds));
                state.history.add(stats);
                listener.onEpoch(stats);
                track(state, phase, lr, best, validation[0]);
                stop = phase.patience() > 0 && state.sinceImprovement >= phase.patience();
                stoppedEarly = stop && epoch < phase.epochs();
                state.lrScale = lr.scale();
                state.seconds += (System.nanoTime() - epochStart) / 1e9;
                epochEnd.accept(
                        state,
                        names.byName(optimizer.exportState()),
                        names.byName(optimizer.exportSteps()),
                        names.byName(best.export()));
            }
        }
        int bestEpoch = state.epochsDone();
        if (phase.patience() > 0 && best.captured()) {
            best.restore();
            bestEpoch = state.bestEpoch;
        }
        best.close();
        PhaseResult result = new PhaseResult(
                phase,
                state.history,
                bestEpoch,
                stoppedEarly,
                new PhaseResult.ParameterCounts(counts[0], counts[1]),
                state.seconds);
        listener.onPhaseEnd(result);
        return result;
    }

    /** Early stopping and plateau bookkeeping after an epoch's validation. */
    private static void track(
            PhaseState state, Phase phase, PhaseLearningRate lr, BestWeights best, double validationLoss) {
        if (validationLoss < state.bestLoss - 1e-6) {
            state.bestLoss = validationLoss;
            state.bestEpoch = state.epochsDone();
            state.sinceImprovement = 0;
            state.sincePlateauCut = 0;
            if (phase.patience() > 0) {
                best.capture();
                state.bestCaptured = true;
            }
        } else {
            state.sinceImprovement++;
            state.sincePlateauCut++;
        }
        if (phase.schedule().kind() == Schedule.Kind.PLATEAU
                && state.sincePlateauCut >= phase.schedule().every()) {
            lr.setScale(lr.scale() * phase.schedule().factor());
            state.sincePlateauCut = 0;
        }
    }

    /**
     * @return mean loss and accuracy over the epoch's training batches. The sums stay on the device and are
     *     read only when progress is reported: reading them after every batch would make a GPU wait for each
     *     batch to finish before the next is queued.
     */
    private double[] trainEpoch(Trainer trainer, Loss loss, Phase phase, int epoch, int batches, Random random) {
        long[] order = permutation(data.train().size(), random);
        long seen = 0;
        long start = System.nanoTime();
        long lastReport = start;
        try (NDManager epochScope = trainer.getManager().newSubManager()) {
            NDArray orderOnDevice = epochScope.create(order);
            NDArray lossSum = epochScope.zeros(new Shape(), DataType.FLOAT64);
            NDArray correct = epochScope.zeros(new Shape(), DataType.INT64);
            for (int b = 0; b < batches; b++) {
                int from = b * phase.batchSize();
                int to = Math.min(order.length, from + phase.batchSize());
                trainBatch(trainer, loss, orderOnDevice.get(from + ":" + to), random, lossSum, correct);
                seen += to - from;
                long now = System.nanoTime();
                if (now - lastReport > PROGRESS_INTERVAL_NANOS || b == batches - 1) {
                    lastReport = now;
                    listener.onBatch(epoch, b + 1, batches, lossSum.getDouble() / seen, seen / ((now - start) / 1e9));
                }
            }
            return new double[] {lossSum.getDouble() / seen, (double) correct.getLong() / seen};
        }
    }

    /**
     * One optimiser step on the images at {@code index}, adding the batch's summed loss and its number of
     * correct answers to the device-side sums.
     */
    private void trainBatch(
            Trainer trainer, Loss loss, NDArray index, Random random, NDArray lossSum, NDArray correct) {
        try (NDManager scope = trainer.getManager().newSubManager()) {
            index.attach(scope);
            NDArray x = data.train().images().get(new NDIndex("{}", index));
            x.attach(scope);
            NDArray y = trainLabels.get(new NDIndex("{}", index));
            y.attach(scope);
            if (data.augmenter().isPresent()) {
                x = data.augmenter().get().augment(x, random);
            }
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
                NDArray batchLoss = loss.evaluate(new NDList(y), new NDList(logits));
                collector.backward(batchLoss);
                lossSum.addi(batchLoss.toType(DataType.FLOAT64, false).mul((int) index.size()));
                correct.addi(logits.argMax(1).eq(y).countNonzero());
            }
            trainer.step();
        }
    }

    private static long[] permutation(int n, Random random) {
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** A seed for one epoch of one phase, spread over all 64 bits (SplitMix64 finaliser). */
    static long mix(long seed, int phaseIndex, int epoch) {
        long z = seed + 0x9E3779B97F4A7C15L * (1 + phaseIndex * 100_003L + epoch);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Frees the label tensor; the dataset's tensors belong to the caller. */
    void close() {
        labelManager.close();
    }
}
