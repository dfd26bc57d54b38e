package org.glyphtransfer.transfer.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;

/**
 * One training phase: epochs, learning rate, batch size, optimiser, what is frozen, a learning
 * rate multiplier for the backbone, a schedule, early stopping. Immutable: every {@code with}
 * method returns a copy. Start from {@link #headOnly()}, {@link #fineTune()} or {@link #full()}.
 */
public final class Phase {
    private final String name;
    private final int epochs;
    private final double learningRate;
    private final int batchSize;
    private final OptimizerKind optimizer;
    private final Freeze freeze;
    private final double backboneLrMultiplier;
    private final Schedule schedule;
    private final int patience;
    private final double weightDecay;
    private final double momentum;
    private final double labelSmoothing;

    private Phase(String name, int epochs, double learningRate, int batchSize, OptimizerKind optimizer, Freeze freeze,
            double backboneLrMultiplier, Schedule schedule, int patience, double weightDecay, double momentum,
            double labelSmoothing) {
        if (epochs < 1) {
            throw new GlyphException("Phase '" + name + "' needs at least 1 epoch, not " + epochs + ".");
        }
        if (!(learningRate > 0) || learningRate > 10) {
            throw new GlyphException("Phase '" + name + "' learning rate must be in (0, 10], not " + learningRate + ".");
        }
        if (batchSize < 1) {
            throw new GlyphException("Phase '" + name + "' batch size must be at least 1, not " + batchSize + ".");
        }
        if (patience < 0 || weightDecay < 0 || backboneLrMultiplier < 0 || labelSmoothing < 0 || labelSmoothing >= 1) {
            throw new GlyphException("Phase '" + name + "' has a negative patience, weight decay or backbone multiplier, "
                    + "or a label smoothing outside [0, 1).");
        }
        this.name = name;
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.optimizer = optimizer;
        this.freeze = freeze;
        this.backboneLrMultiplier = backboneLrMultiplier;
        this.schedule = schedule;
        this.patience = patience;
        this.weightDecay = weightDecay;
        this.momentum = momentum;
        this.labelSmoothing = labelSmoothing;
    }

    /**
     * The reference study's first phase: the head alone, backbone frozen, Adam 0.001, batch 16,
     * 50 epochs, early stopping with patience 10 restoring the best epoch.
     *
     * @return the phase
     */
    public static Phase headOnly() {
        return new Phase("head", 50, 1e-3, 16, OptimizerKind.ADAM, Freeze.all(), 1, Schedule.fixed(), 10, 0, 0.9, 0);
    }

    /**
     * The reference study's second phase: everything trainable, Adam 0.0001, batch 16, 50 epochs,
     * early stopping with patience 10 restoring the best epoch.
     *
     * @return the phase
     */
    public static Phase fineTune() {
        return new Phase("fine-tune", 50, 1e-4, 16, OptimizerKind.ADAM, Freeze.none(), 1, Schedule.fixed(), 10, 0, 0.9, 0);
    }

    /**
     * Training of a whole network, as pretraining and the scratch baseline do: Adam 0.001,
     * batch 128, 10 epochs, no early stopping.
     *
     * @return the phase
     */
    public static Phase full() {
        return new Phase("train", 10, 1e-3, 128, OptimizerKind.ADAM, Freeze.none(), 1, Schedule.fixed(), 0, 0, 0.9, 0);
    }

    private Phase copy(String n, int e, double lr, int b, OptimizerKind o, Freeze f, double m, Schedule s, int p,
            double wd, double mom, double ls) {
        return new Phase(n, e, lr, b, o, f, m, s, p, wd, mom, ls);
    }

    /** @param n the name shown in progress and reports @return a copy */
    public Phase withName(String n) {
        return copy(n, epochs, learningRate, batchSize, optimizer, freeze, backboneLrMultiplier, schedule, patience,
                weightDecay, momentum, labelSmoothing);
    }

    /** @param e epochs, at least 1 @return a copy */
    public Phase withEpochs(int e) {
        return copy(name, e, learningRate, batchSize, optimizer, freeze, backboneLrMultiplier, schedule, patience,
                weightDecay, momentum, labelSmoothing);
    }

    /** @param lr base learning rate @return a copy */
    public Phase withLearningRate(double lr) {
        return copy(name, epochs, lr, batchSize, optimizer, freeze, backboneLrMultiplier, schedule, patience,
                weightDecay, momentum, labelSmoothing);
    }

    /** @param b batch size @return a copy */
    public Phase withBatchSize(int b) {
        return copy(name, epochs, learningRate, b, optimizer, freeze, backboneLrMultiplier, schedule, patience,
                weightDecay, momentum, labelSmoothing);
    }

    /** @param o the optimiser @return a copy */
    public Phase withOptimizer(OptimizerKind o) {
        return copy(name, epochs, learningRate, batchSize, o, freeze, backboneLrMultiplier, schedule, patience,
                weightDecay, momentum, labelSmoothing);
    }

    /** @param f what to freeze @return a copy */
    public Phase withFreeze(Freeze f) {
        return copy(name, epochs, learningRate, batchSize, optimizer, f, backboneLrMultiplier, schedule, patience,
                weightDecay, momentum, labelSmoothing);
    }

    /** @param m multiplier of the learning rate for backbone parameters (discriminative rates) @return a copy */
    public Phase withBackboneLrMultiplier(double m) {
        return copy(name, epochs, learningRate, batchSize, optimizer, freeze, m, schedule, patience, weightDecay,
                momentum, labelSmoothing);
    }

    /** @param s the learning-rate schedule @return a copy */
    public Phase withSchedule(Schedule s) {
        return copy(name, epochs, learningRate, batchSize, optimizer, freeze, backboneLrMultiplier, s, patience,
                weightDecay, momentum, labelSmoothing);
    }

    /** @param p epochs without a better validation loss before stopping; 0 = never stop early @return a copy */
    public Phase withPatience(int p) {
        return copy(name, epochs, learningRate, batchSize, optimizer, freeze, backboneLrMultiplier, schedule, p,
                weightDecay, momentum, labelSmoothing);
    }

    /** @param wd L2 weight decay @return a copy */
    public Phase withWeightDecay(double wd) {
        return copy(name, epochs, learningRate, batchSize, optimizer, freeze, backboneLrMultiplier, schedule, patience,
                wd, momentum, labelSmoothing);
    }

    /** @param mom momentum of sgd and rmsprop @return a copy */
    public Phase withMomentum(double mom) {
        return copy(name, epochs, learningRate, batchSize, optimizer, freeze, backboneLrMultiplier, schedule, patience,
                weightDecay, mom, labelSmoothing);
    }

    /** @param ls label smoothing in [0, 1) @return a copy */
    public Phase withLabelSmoothing(double ls) {
        return copy(name, epochs, learningRate, batchSize, optimizer, freeze, backboneLrMultiplier, schedule, patience,
                weightDecay, momentum, ls);
    }

    /** @return the phase name */
    public String name() {
        return name;
    }

    /** @return the number of epochs (at most, with early stopping) */
    public int epochs() {
        return epochs;
    }

    /** @return the base learning rate */
    public double learningRate() {
        return learningRate;
    }

    /** @return the batch size */
    public int batchSize() {
        return batchSize;
    }

    /** @return the optimiser */
    public OptimizerKind optimizer() {
        return optimizer;
    }

    /** @return what is frozen */
    public Freeze freeze() {
        return freeze;
    }

    /** @return the backbone learning-rate multiplier */
    public double backboneLrMultiplier() {
        return backboneLrMultiplier;
    }

    /** @return the schedule */
    public Schedule schedule() {
        return schedule;
    }

    /** @return early-stopping patience, 0 = off */
    public int patience() {
        return patience;
    }

    /** @return L2 weight decay */
    public double weightDecay() {
        return weightDecay;
    }

    /** @return momentum of sgd and rmsprop */
    public double momentum() {
        return momentum;
    }

    /** @return label smoothing */
    public double labelSmoothing() {
        return labelSmoothing;
    }

    /** @return the phase as a map, for reports and provenance */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("epochs", epochs);
        m.put("learningRate", learningRate);
        m.put("batchSize", batchSize);
        m.put("optimizer", optimizer.label());
        m.put("freeze", freeze.toString());
        m.put("backboneLrMultiplier", backboneLrMultiplier);
        m.put("schedule", schedule.toString());
        m.put("patience", patience);
        m.put("weightDecay", weightDecay);
        m.put("momentum", momentum);
        m.put("labelSmoothing", labelSmoothing);
        return m;
    }

    @Override
    public String toString() {
        return name + " " + describe();
    }
}
