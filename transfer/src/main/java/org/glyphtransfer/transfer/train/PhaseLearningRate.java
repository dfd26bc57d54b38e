package org.glyphtransfer.transfer.train;

import ai.djl.training.tracker.ParameterTracker;
import java.util.Set;

/**
 * The learning rate of every parameter in a phase: the base rate times the schedule's current
 * scale, times the backbone multiplier for backbone parameters (discriminative learning rates,
 * like DJL's {@code FixedPerVarTracker} but with a schedule on top).
 */
final class PhaseLearningRate implements ParameterTracker {
    private final double base;
    private final double backboneMultiplier;
    private final Set<String> backboneIds;
    private volatile double scale = 1;

    PhaseLearningRate(double base, double backboneMultiplier, Set<String> backboneIds) {
        this.base = base;
        this.backboneMultiplier = backboneMultiplier;
        this.backboneIds = Set.copyOf(backboneIds);
    }

    void setScale(double scale) {
        this.scale = scale;
    }

    double scale() {
        return scale;
    }

    double current() {
        return base * scale;
    }

    @Override
    public float getNewValue(String parameterId, int numUpdate) {
        double lr = base * scale;
        return (float) (backboneIds.contains(parameterId) ? lr * backboneMultiplier : lr);
    }
}
