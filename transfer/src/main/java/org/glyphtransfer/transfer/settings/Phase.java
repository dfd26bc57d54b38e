package org.glyphtransfer.transfer.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.glyphtransfer.api.GlyphException;

/**
 * One training phase: how long, how fast, what is frozen. An immutable value, checked when it is
 * made (every range in {@link PhaseField}: NaN and the infinities are refused). Start from
 * {@link #headOnly()}, {@link #fineTune()} or {@link #full()} and change it with
 * {@link #toBuilder()}, e.g. {@code Phase.fineTune().toBuilder().optEpochs(20).build()}.
 *
 * @param name the name shown in progress and reports
 * @param budget epochs, batch size and early-stopping patience
 * @param optimization optimiser, learning rate and its companions
 * @param freeze what is frozen
 * @param schedule the learning-rate schedule over the phase's epochs
 * @param labelSmoothing label smoothing of the loss, in [0, 1)
 */
public record Phase(
        String name, Budget budget, Optimization optimization, Freeze freeze, Schedule schedule, double labelSmoothing)
        implements java.io.Serializable {

    /**
     * How long a phase runs.
     *
     * @param epochs epochs (at most, with early stopping)
     * @param batchSize images per batch
     * @param patience epochs without a better validation loss before stopping; 0 = never
     */
    public record Budget(int epochs, int batchSize, int patience) implements java.io.Serializable {}

    /**
     * How a phase updates weights.
     *
     * @param optimizer the optimiser
     * @param learningRate the base learning rate
     * @param momentum momentum of sgd and rmsprop
     * @param rmspropDecay the share of rmsprop's running average of squared gradients each step keeps
     * @param weightDecay L2 weight decay
     * @param backboneLrMultiplier multiplier of the learning rate for backbone parameters
     */
    public record Optimization(
            OptimizerKind optimizer,
            double learningRate,
            double momentum,
            double rmspropDecay,
            double weightDecay,
            double backboneLrMultiplier)
            implements java.io.Serializable {}

    /** Checks every setting against its declared range. */
    public Phase {
        if (name == null || name.isBlank()) {
            throw new GlyphException("A phase needs a name.");
        }
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(optimization, "optimization");
        Objects.requireNonNull(optimization.optimizer(), "optimizer");
        Objects.requireNonNull(freeze, "freeze");
        Objects.requireNonNull(schedule, "schedule");
        PhaseField.EPOCHS.check(budget.epochs(), name);
        PhaseField.BATCH_SIZE.check(budget.batchSize(), name);
        PhaseField.PATIENCE.check(budget.patience(), name);
        PhaseField.LEARNING_RATE.check(optimization.learningRate(), name);
        PhaseField.MOMENTUM.check(optimization.momentum(), name);
        PhaseField.RMSPROP_DECAY.check(optimization.rmspropDecay(), name);
        PhaseField.WEIGHT_DECAY.check(optimization.weightDecay(), name);
        PhaseField.BACKBONE_LR_MULTIPLIER.check(optimization.backboneLrMultiplier(), name);
        PhaseField.LABEL_SMOOTHING.check(labelSmoothing, name);
    }

    /**
     * The reference study's first phase: the head alone, backbone frozen, Adam 0.001, batch 16,
     * 50 epochs, early stopping with patience 10 restoring the best epoch.
     *
     * @return the phase
     */
    public static Phase headOnly() {
        return new PhaseBuilder("head")
                .optEpochs(50)
                .optBatchSize(16)
                .optPatience(10)
                .optFreeze(Freeze.all())
                .build();
    }

    /**
     * The reference study's second phase: everything trainable, Adam 0.0001, batch 16, 50 epochs,
     * early stopping with patience 10 restoring the best epoch.
     *
     * @return the phase
     */
    public static Phase fineTune() {
        return new PhaseBuilder("fine-tune")
                .optEpochs(50)
                .optLearningRate(1e-4)
                .optBatchSize(16)
                .optPatience(10)
                .build();
    }

    /**
     * Training of a whole network, as pretraining and the scratch baseline do: Adam 0.001,
     * batch 128, 10 epochs, no early stopping.
     *
     * @return the phase
     */
    public static Phase full() {
        return new PhaseBuilder("train").build();
    }

    /**
     * @param name the phase's name
     * @return a builder with the defaults of {@link #full()}
     */
    public static PhaseBuilder builder(String name) {
        return new PhaseBuilder(name);
    }

    /** @return a builder holding this phase's settings */
    public PhaseBuilder toBuilder() {
        return new PhaseBuilder(this);
    }

    /** @return the number of epochs (at most, with early stopping) */
    public int epochs() {
        return budget.epochs();
    }

    /** @return the base learning rate */
    public double learningRate() {
        return optimization.learningRate();
    }

    /** @return the batch size */
    public int batchSize() {
        return budget.batchSize();
    }

    /** @return the optimiser */
    public OptimizerKind optimizer() {
        return optimization.optimizer();
    }

    /** @return the backbone learning-rate multiplier */
    public double backboneLrMultiplier() {
        return optimization.backboneLrMultiplier();
    }

    /** @return early-stopping patience, 0 = off */
    public int patience() {
        return budget.patience();
    }

    /** @return the share of rmsprop's running average of squared gradients each step keeps */
    public double rmspropDecay() {
        return optimization.rmspropDecay();
    }

    /** @return L2 weight decay */
    public double weightDecay() {
        return optimization.weightDecay();
    }

    /** @return momentum of sgd and rmsprop */
    public double momentum() {
        return optimization.momentum();
    }

    /** @param n a new name @return a copy under that name */
    public Phase withName(String n) {
        return toBuilder().optName(n).build();
    }

    /** @param e epochs @return a copy with that many epochs */
    public Phase withEpochs(int e) {
        return toBuilder().optEpochs(e).build();
    }

    /** @param lr learning rate @return a copy with that learning rate */
    public Phase withLearningRate(double lr) {
        return toBuilder().optLearningRate(lr).build();
    }

    /**
     * The phase as flat {@code setting → value} pairs (numbers, and text for the optimiser, freeze
     * and schedule), for reports and model.json; {@link #fromDescription} reads it back.
     *
     * @return the description
     */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("epochs", epochs());
        m.put("learningRate", learningRate());
        m.put("batchSize", batchSize());
        m.put("optimizer", optimizer().label());
        m.put("freeze", freeze.toString());
        m.put("backboneLrMultiplier", backboneLrMultiplier());
        m.put("schedule", schedule.toString());
        m.put("patience", patience());
        m.put("weightDecay", weightDecay());
        m.put("momentum", momentum());
        m.put("rmspropDecay", rmspropDecay());
        m.put("labelSmoothing", labelSmoothing);
        return m;
    }

    /**
     * Reads a phase back from {@link #describe()}'s pairs, checking every value as user input.
     *
     * @param d the description, e.g. from model.json
     * @return the phase
     * @throws GlyphException when a value is missing or not allowed
     */
    public static Phase fromDescription(Map<String, ?> d) {
        Object name = d.get("name");
        PhaseBuilder b = new PhaseBuilder(name == null ? "" : String.valueOf(name));
        PhaseDescription.read(d, b);
        return b.build();
    }

    @Override
    public String toString() {
        return name + " " + describe();
    }
}
