package org.glyphtransfer.transfer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;

/**
 * PyTorch's default initialisation of convolution and dense weights (Kaiming uniform with
 * a = √5, i.e. U(−1/√fan_in, 1/√fan_in)). DJL's default Xavier range is about three times
 * wider, which makes a fresh head on trained features start with huge logits and learn slowly;
 * this also keeps our results comparable with PyTorch peers.
 */
public final class TorchStyleInitializer implements Initializer {
    /** The shared instance. */
    public static final TorchStyleInitializer INSTANCE = new TorchStyleInitializer();

    private TorchStyleInitializer() {}

    /**
     * Sets this initialiser on every weight of a block that is not yet initialised.
     *
     * @param block a fresh network or head
     */
    public static void applyTo(Block block) {
        block.setInitializer(INSTANCE, Parameter.Type.WEIGHT);
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        long fanIn = shape.dimension() > 1 ? shape.size() / shape.get(0) : shape.get(0);
        float bound = (float) (1 / Math.sqrt(Math.max(1, fanIn)));
        return manager.randomUniform(-bound, bound, shape, dataType);
    }
}
