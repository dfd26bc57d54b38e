package org.glyphtransfer.transfer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;

/**
 * RMSProp as PyTorch defines it (epsilon 1e-8 outside the square root, optional momentum), with
 * the decay of the squared-gradient average as a setting (PyTorch's alpha 0.99 by default, Keras's
 * rho 0.9): DJL's PyTorch engine does not implement its RMSProp update.
 */
final class RmsProp extends ScopedOptimizer {
    private static final float EPSILON = 1e-8f;

    private final float momentum;
    private final float decay;
    private final Map<String, Map<Device, NDArray>> squares = slot("square");
    private final Map<String, Map<Device, NDArray>> buffers = slot("momentum");

    RmsProp(ParameterTracker learningRate, float weightDecay, float momentum, float decay) {
        super(learningRate, weightDecay);
        this.momentum = momentum;
        this.decay = decay;
    }

    @Override
    void step(Step step, NDArray weight, NDArray grad) {
        NDArray square = state(squares, step, weight);
        square.muli(decay).addi(grad.square().muli(1 - decay));
        NDArray direction = grad.div(square.sqrt().addi(EPSILON));
        if (momentum > 0) {
            NDArray buffer = state(buffers, step, weight);
            buffer.muli(momentum).addi(direction);
            direction = buffer;
        }
        weight.subi(direction.mul(step.lr()));
    }
}
