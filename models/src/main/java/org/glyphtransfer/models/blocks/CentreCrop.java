package org.glyphtransfer.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Keeps the central {@code side × side} window of N × C × H × W images (when a side is odd, the
 * extra pixel goes to the bottom and right margins). No parameters; gradients flow to the kept window.
 */
public final class CentreCrop extends AbstractBlock {
    private static final byte VERSION = 1;
    private final int side;

    /** @param side height and width of the window kept */
    public CentreCrop(int side) {
        super(VERSION);
        this.side = side;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        long top = (x.getShape().get(2) - side) / 2;
        long left = (x.getShape().get(3) - side) / 2;
        return new NDList(x.get(new NDIndex(":, :, {}:{}, {}:{}", top, top + side, left, left + side)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), side, side)};
    }

    @Override
    public String toString() {
        return "CentreCrop(" + side + ")";
    }
}
