package org.glyphtransfer.transfer.settings;

/** Builds a {@link Phase}; unset settings keep the values the builder started from. */
public final class PhaseBuilder {
    private String name;
    private int epochs = 10;
    private int batchSize = 128;
    private int patience;
    private OptimizerKind optimizer = OptimizerKind.ADAM;
    private double learningRate = 1e-3;
    private double momentum = 0.9;
    private double rmspropDecay = 0.99;
    private double weightDecay;
    private double backboneLrMultiplier = 1;
    private Freeze freeze = Freeze.none();
    private Schedule schedule = Schedule.fixed();
    private double labelSmoothing;

    PhaseBuilder(String name) {
        this.name = name;
    }

    PhaseBuilder(Phase p) {
        this(p.name());
        epochs = p.epochs();
        batchSize = p.batchSize();
        patience = p.patience();
        optimizer = p.optimizer();
        learningRate = p.learningRate();
        momentum = p.momentum();
        rmspropDecay = p.rmspropDecay();
        weightDecay = p.weightDecay();
        backboneLrMultiplier = p.backboneLrMultiplier();
        freeze = p.freeze();
        schedule = p.schedule();
        labelSmoothing = p.labelSmoothing();
    }

    /** @param v the name shown in progress and reports @return this */
    public PhaseBuilder optName(String v) {
        name = v;
        return this;
    }

    /** @param v epochs @return this */
    public PhaseBuilder optEpochs(int v) {
        epochs = v;
        return this;
    }

    /** @param v images per batch @return this */
    public PhaseBuilder optBatchSize(int v) {
        batchSize = v;
        return this;
    }

    /** @param v early-stopping patience, 0 = never stop early @return this */
    public PhaseBuilder optPatience(int v) {
        patience = v;
        return this;
    }

    /** @param v the optimiser @return this */
    public PhaseBuilder optOptimizer(OptimizerKind v) {
        optimizer = v;
        return this;
    }

    /** @param v the base learning rate @return this */
    public PhaseBuilder optLearningRate(double v) {
        learningRate = v;
        return this;
    }

    /** @param v momentum of sgd and rmsprop @return this */
    public PhaseBuilder optMomentum(double v) {
        momentum = v;
        return this;
    }

    /**
     * @param v the share of rmsprop's running average of squared gradients each step keeps: PyTorch's
     *     alpha (0.99, the default), Keras's rho (0.9)
     * @return this
     */
    public PhaseBuilder optRmspropDecay(double v) {
        rmspropDecay = v;
        return this;
    }

    /** @param v L2 weight decay @return this */
    public PhaseBuilder optWeightDecay(double v) {
        weightDecay = v;
        return this;
    }

    /** @param v learning-rate multiplier of the backbone (discriminative rates) @return this */
    public PhaseBuilder optBackboneLrMultiplier(double v) {
        backboneLrMultiplier = v;
        return this;
    }

    /** @param v what to freeze @return this */
    public PhaseBuilder optFreeze(Freeze v) {
        freeze = v;
        return this;
    }

    /** @param v the learning-rate schedule @return this */
    public PhaseBuilder optSchedule(Schedule v) {
        schedule = v;
        return this;
    }

    /** @param v label smoothing in [0, 1) @return this */
    public PhaseBuilder optLabelSmoothing(double v) {
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
    public PhaseBuilder set(PhaseField field, Object value) {
        switch (field) {
            case EPOCHS -> epochs = (Integer) value;
            case BATCH_SIZE -> batchSize = (Integer) value;
            case PATIENCE -> patience = (Integer) value;
            case OPTIMIZER -> optimizer = (OptimizerKind) value;
            case LEARNING_RATE -> learningRate = (Double) value;
            case MOMENTUM -> momentum = (Double) value;
            case RMSPROP_DECAY -> rmspropDecay = (Double) value;
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
        return new Phase(
                name,
                new Phase.Budget(epochs, batchSize, patience),
                new Phase.Optimization(
                        optimizer, learningRate, momentum, rmspropDecay, weightDecay, backboneLrMultiplier),
                freeze,
                schedule,
                labelSmoothing);
    }
}
