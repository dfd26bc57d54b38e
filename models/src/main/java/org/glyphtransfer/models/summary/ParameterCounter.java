package org.glyphtransfer.models.summary;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.Locale;

/**
 * Counts a block's parameters the way PyTorch's {@code sum(p.numel() for p in model.parameters())}
 * does: weights, biases, BatchNorm gamma and beta. BatchNorm running mean and variance are
 * buffers in PyTorch but parameters in DJL; they are left out here, recognised by their type or,
 * for imported TorchScript modules, by their name.
 */
public final class ParameterCounter {
    private ParameterCounter() {}

    /**
     * Counts every learnable parameter, frozen or not.
     *
     * @param block an initialised block
     * @return the number of scalar values
     * @throws IllegalStateException when a parameter has no shape yet (initialise the block first)
     */
    public static long count(Block block) {
        long total = 0;
        for (Parameter p : block.getParameters().values()) {
            if (isLearnable(p)) {
                total += size(p);
            }
        }
        return total;
    }

    /**
     * Counts the learnable parameters that training would update ({@link Parameter#requiresGradient()}).
     *
     * @param block an initialised block
     * @return the number of scalar values
     */
    public static long countTrainable(Block block) {
        long total = 0;
        for (Parameter p : block.getParameters().values()) {
            if (isLearnable(p) && p.requiresGradient()) {
                total += size(p);
            }
        }
        return total;
    }

    /**
     * Whether a parameter is learned by gradient descent, as opposed to a running statistic.
     *
     * @param parameter a parameter of any block
     * @return false for BatchNorm running mean and variance and PyTorch's batch counter
     */
    public static boolean isLearnable(Parameter parameter) {
        Parameter.Type type = parameter.getType();
        if (type == Parameter.Type.RUNNING_MEAN || type == Parameter.Type.RUNNING_VAR) {
            return false;
        }
        String name = parameter.getName().toLowerCase(Locale.ROOT);
        return !(name.contains("running_mean")
                || name.contains("running_var")
                || name.contains("runningmean")
                || name.contains("runningvar")
                || name.contains("num_batches_tracked"));
    }

    private static long size(Parameter p) {
        if (p.isInitialized()) {
            return p.getArray().size();
        }
        Shape shape = p.getShape();
        if (shape == null) {
            throw new IllegalStateException("Parameter '" + p.getName()
                    + "' has no shape yet; initialise the block for an input shape before counting");
        }
        return shape.size();
    }
}
