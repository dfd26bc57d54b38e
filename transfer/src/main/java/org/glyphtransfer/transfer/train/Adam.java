package org.glyphtransfer.transfer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;

/**
 * Adam (Kingma and Ba) on the engine's fused update kernel, with its moments in checkpointable
 * slots. Numerically the same as DJL's {@code Adam}.
 */
final class Adam extends ScopedOptimizer {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final Map<String, Map<Device, NDArray>> means = slot("mean");
    private final Map<String, Map<Device, NDArray>> variances = slot("variance");

    Adam(ParameterTracker learningRate, float weightDecay) {
        super(learningRate, weightDecay);
    }

    @Override
    boolean fused() {
        return true;
    }

    @Override
    void step(Step step, NDArray weight, NDArray grad) {
        // The kernel takes the raw rate and the bias-corrected one: lr·√(1−β₂ᵗ)/(1−β₁ᵗ).
        double corrected = step.lr() * Math.sqrt(1 - Math.pow(BETA2, step.t())) / (1 - Math.pow(BETA1, step.t()));
        NDArray mean = state(means, step, weight);
        NDArray variance = state(variances, step, weight);
        weight.getNDArrayInternal()
                .adamUpdate(
                        new NDList(weight, grad, mean, variance),
                        new NDList(weight),
                        step.lr(),
                        (float) corrected,
                        getWeightDecay(),
                        rescaleGrad,
                        clipGrad,
                        BETA1,
                        BETA2,
                        EPSILON,
                        true,
                        false);
    }
}
