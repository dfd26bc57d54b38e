package org.glyphtransfer.transfer.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.transfer.eval.Inference;

/**
 * Runs training phases on one network and one dataset: batches gathered by index from the
 * split tensors in native code, one scope per batch, validation after every epoch, learning-rate
 * schedule, early stopping with the best epoch restored.
 */
public final class PhaseRunner {
    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;

    private final Model model;
    private final ModelParts parts;
    private final GlyphDataset data;
    private final Random random;
    private final TrainingListener listener;
    private final String runLabel;
    private final NDArray trainLabels;
    private final NDManager labelManager;

    /**
     * @param model the DJL model whose block is {@code parts.network()}, initialised
     * @param parts backbone and head
     * @param data the dataset
     * @param random the run's seeded random source (shuffling, augmentation)
     * @param listener progress
     * @param runLabel what is trained, for progress
     */
    public PhaseRunner(Model model, ModelParts parts, GlyphDataset data, Random random, TrainingListener listener, String runLabel) {
        this.model = model;
        this.parts = parts;
        this.data = data;
        this.random = random;
        this.listener = listener;
        this.runLabel = runLabel;
        this.labelManager = model.getNDManager().newSubManager();
        this.trainLabels = labelManager.create(toLongs(data.train().labels()));
    }

    /**
     * Trains one phase.
     *
     * @param phase the phase
     * @return its history
     */
    public PhaseResult run(Phase phase) {
        long started = System.nanoTime();
        phase.freeze().apply(parts);
        long[] counts = countParameters();
        Set<String> backboneIds = new HashSet<>();
        for (Pair<String, Parameter> p : parts.backbone().getParameters()) {
            backboneIds.add(p.getValue().getId());
        }
        PhaseLearningRate lr = new PhaseLearningRate(phase.learningRate(), phase.backboneLrMultiplier(), backboneIds);
        Loss loss = phase.labelSmoothing() > 0 ? new SmoothedCrossEntropy(phase.labelSmoothing()) : Loss.softmaxCrossEntropyLoss();
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss).optOptimizer(Optimizers.create(phase, lr))
                .optDevices(new ai.djl.Device[] {model.getNDManager().getDevice()});
        DataSplit train = data.train();
        int batches = (train.size() + phase.batchSize() - 1) / phase.batchSize();
        listener.onPhaseStart(runLabel, phase, counts[0], counts[1], batches);

        List<EpochStats> history = new ArrayList<>();
        BestWeights best = new BestWeights(parts.network(), model.getNDManager());
        int bestEpoch = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        int sinceImprovement = 0;
        int sincePlateauCut = 0;
        boolean stoppedEarly = false;
        try (Trainer trainer = model.newTrainer(config)) {
            for (int epoch = 1; epoch <= phase.epochs(); epoch++) {
                if (phase.schedule().kind() != Schedule.Kind.PLATEAU) {
                    lr.setScale(phase.schedule().scale(epoch - 1, phase.epochs()));
                }
                long epochStart = System.nanoTime();
                double[] trained = trainEpoch(trainer, loss, phase, epoch, batches);
                double trainSeconds = (System.nanoTime() - epochStart) / 1e9;
                double[] validation = validate(data.validation());
                EpochStats stats = new EpochStats(phase.name(), epoch, trained[0], trained[1], validation[0], validation[1],
                        lr.current(), (System.nanoTime() - epochStart) / 1e9, train.size() / trainSeconds);
                history.add(stats);
                listener.onEpoch(stats);
                if (validation[0] < bestLoss - 1e-6) {
                    bestLoss = validation[0];
                    bestEpoch = epoch;
                    sinceImprovement = 0;
                    sincePlateauCut = 0;
                    if (phase.patience() > 0) {
                        best.capture();
                    }
                } else {
                    sinceImprovement++;
                    sincePlateauCut++;
                }
                if (phase.schedule().kind() == Schedule.Kind.PLATEAU && sincePlateauCut >= phase.schedule().every()) {
                    lr.setScale(lr.scale() * phase.schedule().factor());
                    sincePlateauCut = 0;
                }
                if (phase.patience() > 0 && sinceImprovement >= phase.patience()) {
                    stoppedEarly = epoch < phase.epochs();
                    break;
                }
            }
        }
        if (phase.patience() > 0 && best.captured()) {
            best.restore();
        } else {
            bestEpoch = history.size();
        }
        best.close();
        PhaseResult result = new PhaseResult(phase.describe(), history, bestEpoch, stoppedEarly, counts[0], counts[1],
                (System.nanoTime() - started) / 1e9);
        listener.onPhaseEnd(result);
        return result;
    }

    /** @return mean loss and accuracy over the epoch's training batches */
    private double[] trainEpoch(Trainer trainer, Loss loss, Phase phase, int epoch, int batches) {
        DataSplit train = data.train();
        NDArray images = train.images();
        long[] order = permutation(train.size());
        double lossSum = 0;
        long correct = 0;
        long seen = 0;
        long start = System.nanoTime();
        long lastReport = start;
        for (int b = 0; b < batches; b++) {
            int from = b * phase.batchSize();
            int to = Math.min(order.length, from + phase.batchSize());
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDArray index = scope.create(java.util.Arrays.copyOfRange(order, from, to));
                NDArray x = images.get(new NDIndex("{}", index));
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
                    lossSum += batchLoss.getFloat() * (to - from);
                    correct += logits.argMax(1).eq(y).countNonzero().getLong();
                }
                trainer.step();
            }
            seen += to - from;
            long now = System.nanoTime();
            if (now - lastReport > PROGRESS_INTERVAL_NANOS || b == batches - 1) {
                lastReport = now;
                listener.onBatch(epoch, b + 1, batches, lossSum / seen, seen / ((now - start) / 1e9));
            }
        }
        return new double[] {lossSum / seen, (double) correct / seen};
    }

    /** @return loss and accuracy on a split, inference mode */
    private double[] validate(DataSplit split) {
        if (split.size() == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        float[] p = Inference.probabilities(parts.network(), split.images(), model.getNDManager());
        int classes = p.length / split.size();
        double lossSum = 0;
        long correct = 0;
        for (int i = 0; i < split.size(); i++) {
            int label = split.label(i);
            lossSum -= Math.log(Math.max(p[i * classes + label], 1e-12));
            int argmax = 0;
            for (int c = 1; c < classes; c++) {
                if (p[i * classes + c] > p[i * classes + argmax]) {
                    argmax = c;
                }
            }
            correct += argmax == label ? 1 : 0;
        }
        return new double[] {lossSum / split.size(), (double) correct / split.size()};
    }

    private long[] permutation(int n) {
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

    /** @return trainable and frozen parameter counts, BatchNorm running statistics left out */
    private long[] countParameters() {
        long trainable = 0;
        long frozen = 0;
        for (Pair<String, Parameter> p : parts.network().getParameters()) {
            Parameter param = p.getValue();
            if (param.getType() == Parameter.Type.RUNNING_MEAN || param.getType() == Parameter.Type.RUNNING_VAR) {
                continue;
            }
            long size = param.getArray().size();
            if (param.requiresGradient()) {
                trainable += size;
            } else {
                frozen += size;
            }
        }
        return new long[] {trainable, frozen};
    }

    private static long[] toLongs(int[] ints) {
        long[] out = new long[ints.length];
        for (int i = 0; i < ints.length; i++) {
            out[i] = ints[i];
        }
        return out;
    }

    /** Frees the label tensor; the dataset's tensors belong to the caller. */
    public void close() {
        labelManager.close();
    }
}
