package org.glyphtransfer.models;

import ai.djl.nn.Block;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.models.blocks.Layers;

/**
 * Lays named layers into the backbone until the chosen cut point has passed, the rest into the
 * head, so a provider writes its architecture once, top to bottom, whatever option {@code cut} says.
 */
final class BackboneSplit {
    private final String cut;
    private final NamedSequentialBlock backbone = new NamedSequentialBlock();
    private final NamedSequentialBlock head = new NamedSequentialBlock();
    private boolean inHead;

    /** @param cut the cut point after which layers belong to the head */
    BackboneSplit(String cut) {
        this.cut = cut;
    }

    /**
     * Appends a layer to the backbone, or to the head once the cut has passed.
     *
     * @param name the layer name
     * @param block the layer
     * @return this
     */
    BackboneSplit add(String name, Block block) {
        (inHead ? head : backbone).add(name, block);
        return this;
    }

    /**
     * Appends a ReLU followed by a 2×2 pool. A max-pool goes first: max and ReLU commute (ReLU never
     * lowers an order), so the scores and gradients are exactly those of ReLU then max-pool, while the
     * ReLU and its backward pass see a quarter of the values. An average pool does not commute with
     * ReLU and stays second.
     *
     * @param relu the ReLU's name
     * @param pool the pool's name
     * @param max true for max-pooling, false for average pooling
     * @return this
     */
    BackboneSplit reluAndPool(String relu, String pool, boolean max) {
        return max
                ? add(pool, Layers.pool(2, true)).add(relu, Layers.relu())
                : add(relu, Layers.relu()).add(pool, Layers.pool(2, false));
    }

    /**
     * Marks the end of a cut point's layer group: when it is the chosen cut, later layers form the head.
     *
     * @param point the cut point's name, e.g. {@code dense256}
     * @return this
     */
    BackboneSplit cutPoint(String point) {
        if (point.equals(cut)) {
            inHead = true;
        }
        return this;
    }

    /** @return the backbone and head */
    ModelParts parts() {
        return new ModelParts(backbone, head, false);
    }
}
