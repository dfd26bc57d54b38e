package org.glyphtransfer.transfer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base of the optimisers written here rather than taken from DJL (whose PyTorch engine lacks
 * AMSGrad and RMSProp). Each step runs in a scope that frees its temporaries, and ends by
 * zeroing the weight's gradient, as DJL's fused PyTorch updates do: libtorch accumulates
 * gradients, so a step that forgets this trains on the sum of all past gradients.
 */
abstract class ScopedOptimizer extends Optimizer {
    private final ParameterTracker learningRate;

    ScopedOptimizer(ParameterTracker learningRate, float weightDecay) {
        super(new Builder().optWeightDecays(weightDecay));
        this.learningRate = learningRate;
    }

    @Override
    public final void update(String parameterId, NDArray weight, NDArray grad) {
        int t = updateCount(parameterId);
        float lr = learningRate.getNewValue(parameterId, t);
        NDManager owner = weight.getManager();
        try (NDManager scope = owner.newSubManager()) {
            // Borrowed arrays go back to their own managers when the scope closes; results stay and die here.
            weight.tempAttach(scope);
            grad.tempAttach(scope);
            NDArray g = getWeightDecay() > 0 ? grad.add(weight.mul(getWeightDecay())) : grad;
            step(new Step(parameterId, t, lr, owner, scope), weight, g);
            NDArray accumulated = weight.getGradient();
            accumulated.muli(0);
        }
    }

    /**
     * One step's context.
     *
     * @param id the parameter id
     * @param t the 1-based update count
     * @param lr the learning rate for this parameter and step
     * @param owner the weight's own manager, which keeps optimiser state
     * @param scope the manager of this step's temporaries
     */
    record Step(String id, int t, float lr, NDManager owner, NDManager scope) {}

    /**
     * One update of {@code weight} in place.
     *
     * @param step the step's context
     * @param weight the weight, updated in place
     * @param grad the gradient, weight decay included
     */
    abstract void step(Step step, NDArray weight, NDArray grad);

    /** A per-parameter state tensor (zeros at first) kept with the weight, borrowed into the step's scope. */
    final NDArray state(Map<String, Map<Device, NDArray>> states, Step step, NDArray weight) {
        NDArray s = withDefaultState(states, step.id(), weight.getDevice(), k -> {
            NDArray zeros = weight.zerosLike();
            zeros.attach(step.owner());
            return zeros;
        });
        s.tempAttach(step.scope());
        return s;
    }

    static Map<String, Map<Device, NDArray>> states() {
        return new ConcurrentHashMap<>();
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
