package org.glyphtransfer.transfer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;

/**
 * Adam with the AMSGrad fix (Reddi et al., 2018): the update divides by the running maximum of
 * the second-moment estimate, so the effective step never grows.
 */
final class AmsGrad extends ScopedOptimizer {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final Map<String, Map<Device, NDArray>> means = slot("mean");
    private final Map<String, Map<Device, NDArray>> variances = slot("variance");
    private final Map<String, Map<Device, NDArray>> maxVariances = slot("maxVariance");

    AmsGrad(ParameterTracker learningRate, float weightDecay) {
        super(learningRate, weightDecay);
    }

    @Override
    void step(Step step, NDArray weight, NDArray grad) {
        double corrected = step.lr() * Math.sqrt(1 - Math.pow(BETA2, step.t())) / (1 - Math.pow(BETA1, step.t()));
        NDArray mean = state(means, step, weight);
        NDArray variance = state(variances, step, weight);
        NDArray maxVariance = state(maxVariances, step, weight);
        mean.muli(BETA1).addi(grad.mul(1 - BETA1));
        variance.muli(BETA2).addi(grad.square().muli(1 - BETA2));
        TensorCopy.into(variance.maximum(maxVariance), maxVariance);
        weight.subi(mean.div(maxVariance.sqrt().addi(EPSILON)).muli(corrected));
    }
}
