package org.glyphtransfer.transfer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base of the framework's optimisers. DJL's PyTorch engine lacks AMSGrad and RMSProp, and DJL
 * keeps optimiser state private, which a checkpoint needs; so every optimiser here keeps its
 * state in named tensors ({@link #exportState()}, {@link #importState}) and counts its own steps.
 * Each step runs in a scope that frees its temporaries and ends by zeroing the weight's gradient:
 * libtorch accumulates gradients, so a step that forgets this trains on the sum of all past ones.
 */
abstract class ScopedOptimizer extends Optimizer {
    private final ParameterTracker learningRate;
    private final Map<String, Map<String, Map<Device, NDArray>>> slots = new java.util.LinkedHashMap<>();
    private final Map<String, Integer> steps = new ConcurrentHashMap<>();

    ScopedOptimizer(ParameterTracker learningRate, float weightDecay) {
        super(new Builder().optWeightDecays(weightDecay));
        this.learningRate = learningRate;
    }

    @Override
    public final void update(String parameterId, NDArray weight, NDArray grad) {
        int t = steps.merge(parameterId, 1, Integer::sum);
        float lr = learningRate.getNewValue(parameterId, t);
        NDManager owner = weight.getManager();
        if (fused()) {
            // One engine kernel: no temporaries to scope, and it zeroes the gradient itself.
            step(new Step(parameterId, t, lr, owner, null), weight, grad);
            return;
        }
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
     * @return true when {@link #step} is one engine kernel that applies the weight decay and
     *     zeroes the gradient itself, so no scope, decay or zeroing is added around it
     */
    boolean fused() {
        return false;
    }

    /**
     * One step's context.
     *
     * @param id the parameter id
     * @param t the 1-based update count
     * @param lr the learning rate for this parameter and step
     * @param owner the weight's own manager, which keeps optimiser state
     * @param scope the manager of this step's temporaries, {@code null} for a fused step
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
        if (step.scope() != null) {
            s.tempAttach(step.scope());
        }
        return s;
    }

    /**
     * Declares a named state slot (e.g. "mean"); its tensors are saved in checkpoints.
     *
     * @param name the slot name
     * @return the slot's per-parameter tensors
     */
    final Map<String, Map<Device, NDArray>> slot(String name) {
        return slots.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
    }

    /** @return every state tensor, keyed "slot/parameterId" */
    Map<String, NDArray> exportState() {
        Map<String, NDArray> out = new java.util.LinkedHashMap<>();
        slots.forEach((slot, byParam) -> byParam.forEach(
                (id, byDevice) -> byDevice.values().stream().findFirst().ifPresent(a -> out.put(slot + "/" + id, a))));
        return out;
    }

    /** @return the number of steps taken per parameter */
    Map<String, Integer> exportSteps() {
        return new java.util.TreeMap<>(steps);
    }

    /**
     * Restores state saved by {@link #exportState()} and {@link #exportSteps()}.
     *
     * @param state tensors keyed "slot/parameterId", owned by the caller's manager
     * @param stepCounts steps taken per parameter
     * @param weightsById the weights, to put each state tensor with its weight
     */
    void importState(Map<String, NDArray> state, Map<String, Integer> stepCounts, Map<String, NDArray> weightsById) {
        steps.clear();
        steps.putAll(stepCounts);
        state.forEach((key, value) -> {
            int slash = key.indexOf('/');
            String id = key.substring(slash + 1);
            NDArray weight = weightsById.get(id);
            if (weight == null) {
                throw new IllegalStateException("Checkpoint has optimiser state for unknown parameter " + id);
            }
            NDArray copy = value.toDevice(weight.getDevice(), true);
            copy.attach(weight.getManager());
            slot(key.substring(0, slash))
                    .computeIfAbsent(id, k -> new ConcurrentHashMap<>())
                    .put(weight.getDevice(), copy);
        });
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
