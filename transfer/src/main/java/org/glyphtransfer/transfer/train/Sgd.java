package org.glyphtransfer.transfer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;

/** Stochastic gradient descent with momentum as PyTorch defines it: v = μv + g, w −= lr·v. */
final class Sgd extends ScopedOptimizer {
    private final float momentum;
    private final Map<String, Map<Device, NDArray>> buffers = slot("momentum");

    Sgd(ParameterTracker learningRate, float weightDecay, float momentum) {
        super(learningRate, weightDecay);
        this.momentum = momentum;
    }

    @Override
    void step(Step step, NDArray weight, NDArray grad) {
        NDArray direction = grad;
        if (momentum > 0) {
            NDArray buffer = state(buffers, step, weight);
            buffer.muli(momentum).addi(grad);
            direction = buffer;
        }
        weight.subi(direction.mul(step.lr()));
    }
}
