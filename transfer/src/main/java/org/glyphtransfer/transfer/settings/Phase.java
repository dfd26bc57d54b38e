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
public record Phase(String name, Budget budget, Optimization optimization, Freeze freeze, Schedule schedule,
        double labelSmoothing) {

    /**
     * How long a phase runs.
     *
     * @param epochs epochs (at most, with early stopping)
     * @param batchSize images per batch
     * @param patience epochs without a better validation loss before stopping; 0 = never
     */
    public record Budget(int epochs, int batchSize, int patience) {}

    /**
     * How a phase updates weights.
     *
     * @param optimizer the optimiser
     * @param learningRate the base learning rate
     * @param momentum momentum of sgd and rmsprop
     * @param weightDecay L2 weight decay
     * @param backboneLrMultiplier multiplier of the learning rate for backbone parameters
     */
    public record Optimization(OptimizerKind optimizer, double learningRate, double momentum, double weightDecay,
            double backboneLrMultiplier) {}

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
        return new Builder("head").optEpochs(50).optBatchSize(16).optPatience(10).optFreeze(Freeze.all()).build();
    }

    /**
     * The reference study's second phase: everything trainable, Adam 0.0001, batch 16, 50 epochs,
     * early stopping with patience 10 restoring the best epoch.
     *
     * @return the phase
     */
    public static Phase fineTune() {
        return new Builder("fine-tune").optEpochs(50).optLearningRate(1e-4).optBatchSize(16).optPatience(10).build();
    }

    /**
     * Training of a whole network, as pretraining and the scratch baseline do: Adam 0.001,
     * batch 128, 10 epochs, no early stopping.
     *
     * @return the phase
     */
    public static Phase full() {
        return new Builder("train").build();
    }

    /**
     * @param name the phase's name
     * @return a builder with the defaults of {@link #full()}
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return a builder holding this phase's settings */
    public Builder toBuilder() {
        return new Builder(this);
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
        Builder b = new Builder(name == null ? "" : String.valueOf(name));
        PhaseDescription.read(d, b);
        return b.build();
    }

    @Override
    public String toString() {
        return name + " " + describe();
    }

    /** Builds a {@link Phase}; unset settings keep the values the builder started from. */
    public static final class Builder {
        private String name;
        private int epochs = 10;
        private int batchSize = 128;
        private int patience;
        private OptimizerKind optimizer = OptimizerKind.ADAM;
        private double learningRate = 1e-3;
        private double momentum = 0.9;
        private double weightDecay;
        private double backboneLrMultiplier = 1;
        private Freeze freeze = Freeze.none();
        private Schedule schedule = Schedule.fixed();
        private double labelSmoothing;

        private Builder(String name) {
            this.name = name;
        }

        private Builder(Phase p) {
            this(p.name);
            epochs = p.epochs();
            batchSize = p.batchSize();
            patience = p.patience();
            optimizer = p.optimizer();
            learningRate = p.learningRate();
            momentum = p.momentum();
            weightDecay = p.weightDecay();
            backboneLrMultiplier = p.backboneLrMultiplier();
            freeze = p.freeze;
            schedule = p.schedule;
            labelSmoothing = p.labelSmoothing;
        }

        /** @param v the name shown in progress and reports @return this */
        public Builder optName(String v) {
            name = v;
            return this;
        }

        /** @param v epochs @return this */
        public Builder optEpochs(int v) {
            epochs = v;
            return this;
        }

        /** @param v images per batch @return this */
        public Builder optBatchSize(int v) {
            batchSize = v;
            return this;
        }

        /** @param v early-stopping patience, 0 = never stop early @return this */
        public Builder optPatience(int v) {
            patience = v;
            return this;
        }

        /** @param v the optimiser @return this */
        public Builder optOptimizer(OptimizerKind v) {
            optimizer = v;
            return this;
        }

        /** @param v the base learning rate @return this */
        public Builder optLearningRate(double v) {
            learningRate = v;
            return this;
        }

        /** @param v momentum of sgd and rmsprop @return this */
        public Builder optMomentum(double v) {
            momentum = v;
            return this;
        }

        /** @param v L2 weight decay @return this */
        public Builder optWeightDecay(double v) {
            weightDecay = v;
            return this;
        }

        /** @param v learning-rate multiplier of the backbone (discriminative rates) @return this */
        public Builder optBackboneLrMultiplier(double v) {
            backboneLrMultiplier = v;
            return this;
        }

        /** @param v what to freeze @return this */
        public Builder optFreeze(Freeze v) {
            freeze = v;
            return this;
        }

        /** @param v the learning-rate schedule @return this */
        public Builder optSchedule(Schedule v) {
            schedule = v;
            return this;
        }

        /** @param v label smoothing in [0, 1) @return this */
        public Builder optLabelSmoothing(double v) {
            labelSmoothing = v;
            return this;
        }

        /**
         * Sets one setting from a value {@link PhaseField#parse} gave.
         *
         * @param field the setting
         * @param value its typed value
         * @return this
         */
        public Builder set(PhaseField field, Object value) {
            switch (field) {
                case EPOCHS -> epochs = (Integer) value;
                case BATCH_SIZE -> batchSize = (Integer) value;
                case PATIENCE -> patience = (Integer) value;
                case OPTIMIZER -> optimizer = (OptimizerKind) value;
                case LEARNING_RATE -> learningRate = (Double) value;
                case MOMENTUM -> momentum = (Double) value;
                case WEIGHT_DECAY -> weightDecay = (Double) value;
                case BACKBONE_LR_MULTIPLIER -> backboneLrMultiplier = (Double) value;
                case FREEZE -> freeze = (Freeze) value;
                case SCHEDULE -> schedule = (Schedule) value;
                case LABEL_SMOOTHING -> labelSmoothing = (Double) value;
                default -> throw new IllegalArgumentException(field.name());
            }
            return this;
        }

        /** @return the phase, checked */
        public Phase build() {
            return new Phase(name, new Budget(epochs, batchSize, patience),
                    new Optimization(optimizer, learningRate, momentum, weightDecay, backboneLrMultiplier), freeze, schedule,
                    labelSmoothing);
        }
    }
}
