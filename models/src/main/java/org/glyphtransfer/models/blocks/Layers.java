package org.glyphtransfer.models.blocks;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;

/**
 * Short factories for the DJL layers the model plugins are made of, spelled the way the
 * architectures are described in papers ({@code conv(32, 3)}, {@code dense(256)}).
 */
public final class Layers {
    private Layers() {}

    /**
     * A square convolution with stride 1, no padding, and a bias.
     *
     * @param filters output channels
     * @param kernel kernel side
     * @return the layer
     */
    public static Block conv(int filters, int kernel) {
        return conv(filters, kernel, 1, 0, true);
    }

    /**
     * A square convolution.
     *
     * @param filters output channels
     * @param kernel kernel side
     * @param stride stride on both axes
     * @param padding zero padding on both axes
     * @param bias whether the layer adds a bias (not when a BatchNorm follows)
     * @return the layer
     */
    public static Block conv(int filters, int kernel, int stride, int padding, boolean bias) {
        return Conv2d.builder()
                .setFilters(filters)
                .setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(padding, padding))
                .optBias(bias)
                .build();
    }

    /**
     * A fully connected layer with a bias; its input size is taken from the first input.
     *
     * @param units output size
     * @return the layer
     */
    public static Block dense(int units) {
        return Linear.builder().setUnits(units).build();
    }

    /** @return batch normalisation over the channel axis, PyTorch's defaults (eps 1e-5, momentum 0.1) */
    public static Block batchNorm() {
        // DJL's momentum is the weight of the old running value: PyTorch's 0.1 is DJL's 0.9.
        return BatchNorm.builder().optEpsilon(1e-5f).optMomentum(0.9f).build();
    }

    /** @return the rectified linear unit */
    public static Block relu() {
        return Activation.reluBlock();
    }

    /**
     * The logarithm of the logistic sigmoid, computed as −softplus(−x) so that large negative inputs
     * stay finite. As the last layer of a network trained with softmax cross-entropy it turns
     * independent sigmoid outputs s into probabilities s / Σ s, which is how Keras's categorical
     * cross-entropy treats a sigmoid output layer.
     *
     * @return the layer, without parameters
     */
    public static Block logSigmoid() {
        return LambdaBlock.singleton(x -> Activation.softPlus(x.neg()).neg(), "logSigmoid");
    }

    /** @return the hyperbolic tangent */
    public static Block tanh() {
        return Activation.tanhBlock();
    }

    /**
     * Dropout, active only in training.
     *
     * @param rate the fraction of units dropped
     * @return the layer
     */
    public static Block dropout(double rate) {
        return Dropout.builder().optRate((float) rate).build();
    }

    /**
     * Non-overlapping pooling.
     *
     * @param size window side and stride
     * @param max true for max pooling, false for average pooling
     * @return the layer
     */
    public static Block pool(int size, boolean max) {
        Shape window = new Shape(size, size);
        return max ? Pool.maxPool2dBlock(window, window) : Pool.avgPool2dBlock(window, window);
    }

    /** @return N × C × H × W → N × C, averaging each channel */
    public static Block globalAvgPool() {
        return Pool.globalAvgPool2dBlock();
    }

    /** @return N × … → N × (product of the rest) */
    public static Block flatten() {
        return Blocks.batchFlattenBlock();
    }
}
