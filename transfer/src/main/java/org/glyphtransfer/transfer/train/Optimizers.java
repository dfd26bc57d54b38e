package org.glyphtransfer.transfer.train;

import ai.djl.training.tracker.ParameterTracker;
import org.glyphtransfer.transfer.settings.Phase;

/** Builds the DJL optimiser of a phase. */
final class Optimizers {
    private Optimizers() {}

    static ScopedOptimizer create(Phase phase, ParameterTracker learningRate) {
        float wd = (float) phase.weightDecay();
        switch (phase.optimizer()) {
            case AMSGRAD:
                return new AmsGrad(learningRate, wd);
            case SGD:
                return new Sgd(learningRate, wd, (float) phase.momentum());
            case RMSPROP:
                return new RmsProp(learningRate, wd, (float) phase.momentum(), (float) phase.rmspropDecay());
            default:
                return new Adam(learningRate, wd);
        }
    }
}
