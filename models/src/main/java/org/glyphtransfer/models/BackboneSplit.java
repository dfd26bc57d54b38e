package org.glyphtransfer.models;

import ai.djl.nn.Block;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.NamedSequentialBlock;

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
