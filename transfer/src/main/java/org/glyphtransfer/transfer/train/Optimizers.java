package org.glyphtransfer.transfer.train;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;

/** Builds the DJL optimiser of a phase. */
final class Optimizers {
    private Optimizers() {}

    static Optimizer create(Phase phase, ParameterTracker learningRate) {
        float wd = (float) phase.weightDecay();
        switch (phase.optimizer()) {
            case AMSGRAD:
                return new AmsGrad(learningRate, wd);
            case SGD:
                return Optimizer.sgd().setLearningRateTracker(learningRate).optMomentum((float) phase.momentum())
                        .optWeightDecays(wd).build();
            case RMSPROP:
                return new RmsProp(learningRate, wd, (float) phase.momentum());
            default:
                return Optimizer.adam().optLearningRateTracker(learningRate).optWeightDecays(wd).build();
        }
    }
}
