package org.glyphtransfer.transfer.testing;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;

/** Test model: Conv 8 → pool → Conv 16 → pool → Dense 32 backbone, Linear head. */
public final class SmallCnn implements ModelProvider {
    @Override
    public String name() {
        return "test-cnn";
    }

    @Override
    public String description() {
        return "Small CNN for tests";
    }

    @Override
    public ModelParts build(ModelRequest request) {
        SequentialBlock backbone = new SequentialBlock()
                .add(Conv2d.builder()
                        .setFilters(8)
                        .setKernelShape(new Shape(3, 3))
                        .optPadding(new Shape(1, 1))
                        .build())
                .add(Activation.reluBlock())
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Conv2d.builder()
                        .setFilters(16)
                        .setKernelShape(new Shape(3, 3))
                        .optPadding(new Shape(1, 1))
                        .build())
                .add(Activation.reluBlock())
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(32).build())
                .add(Activation.reluBlock());
        return new ModelParts(
                backbone, Linear.builder().setUnits(request.numClasses()).build(), false);
    }
}
