package org.glyphtransfer.models.blocks;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import java.util.List;
import org.glyphtransfer.api.NamedSequentialBlock;

/**
 * The basic block of ResNet-18/34 (He et al. 2016): two 3×3 convolutions with batch
 * normalisation, added to a shortcut, then ReLU. The shortcut is the identity, or a 1×1
 * convolution with batch normalisation when the block changes width or resolution.
 */
public final class BasicResidualBlock {
    private BasicResidualBlock() {}

    /**
     * Builds one basic block.
     *
     * @param filters output channels
     * @param stride 1, or 2 to halve the resolution
     * @param projectShortcut true when input and output differ in channels or resolution
     * @return a block with layers {@code residual} (the sum of both paths) and {@code relu}
     */
    public static NamedSequentialBlock of(int filters, int stride, boolean projectShortcut) {
        NamedSequentialBlock main = new NamedSequentialBlock()
                .add("conv1", Layers.conv(filters, 3, stride, 1, false))
                .add("bn1", Layers.batchNorm())
                .add("relu", Layers.relu())
                .add("conv2", Layers.conv(filters, 3, 1, 1, false))
                .add("bn2", Layers.batchNorm());
        Block shortcut = projectShortcut
                ? new NamedSequentialBlock()
                        .add("conv", Layers.conv(filters, 1, stride, 0, false))
                        .add("bn", Layers.batchNorm())
                : Blocks.identityBlock();
        ParallelBlock sum = new ParallelBlock(BasicResidualBlock::add, List.of(main, shortcut));
        return new NamedSequentialBlock().add("residual", sum).add("relu", Layers.relu());
    }

    private static NDList add(List<NDList> paths) {
        return new NDList(paths.get(0).singletonOrThrow().add(paths.get(1).singletonOrThrow()));
    }
}
