package org.glyphtransfer.transfer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adam with the AMSGrad fix (Reddi et al., 2018): the update divides by the running maximum of
 * the second-moment estimate, so the effective step never grows. DJL ships plain Adam only.
 */
final class AmsGrad extends Optimizer {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final ParameterTracker learningRate;
    private final Map<String, Map<Device, NDArray>> means = new ConcurrentHashMap<>();
    private final Map<String, Map<Device, NDArray>> variances = new ConcurrentHashMap<>();
    private final Map<String, Map<Device, NDArray>> maxVariances = new ConcurrentHashMap<>();

    AmsGrad(ParameterTracker learningRate, float weightDecay) {
        super(new Builder().optWeightDecays(weightDecay));
        this.learningRate = learningRate;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int t = updateCount(parameterId);
        double lr = learningRate.getNewValue(parameterId, t) * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t));
        NDArray mean = withDefaultState(means, parameterId, weight.getDevice(), k -> weight.zerosLike());
        NDArray variance = withDefaultState(variances, parameterId, weight.getDevice(), k -> weight.zerosLike());
        NDArray maxVariance = withDefaultState(maxVariances, parameterId, weight.getDevice(), k -> weight.zerosLike());
        // Intermediate results belong to the arrays' managers; borrowing them into a scope frees them per step.
        try (NDManager scope = weight.getManager().newSubManager()) {
            for (NDArray a : new NDArray[] {weight, grad, mean, variance, maxVariance}) {
                a.tempAttach(scope);
            }
            NDArray g = getWeightDecay() > 0 ? grad.add(weight.mul(getWeightDecay())) : grad;
            mean.muli(BETA1).addi(g.mul(1 - BETA1));
            variance.muli(BETA2).addi(g.square().muli(1 - BETA2));
            variance.maximum(maxVariance).copyTo(maxVariance);
            weight.subi(mean.div(maxVariance.sqrt().addi(EPSILON)).muli(lr));
        }
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
