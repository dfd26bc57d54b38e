package org.glyphtransfer.api;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import java.util.Objects;

/**
 * A network as two blocks: the backbone (image → feature vector) and the head (features →
 * class scores), plus the whole network that chains them. Transfer keeps a trained backbone and
 * pairs it with a fresh head through {@link #withHead(Block)}.
 */
public final class ModelParts {
    private final Block backbone;
    private final Block head;
    private final boolean pretrainedBackbone;
    private final SequentialBlock network;

    /**
     * @param backbone image → feature vector
     * @param head feature vector → class scores (logits)
     * @param pretrainedBackbone true when the backbone already carries imported weights and
     *     must not be re-initialised
     */
    public ModelParts(Block backbone, Block head, boolean pretrainedBackbone) {
        this.backbone = Objects.requireNonNull(backbone, "backbone");
        this.head = Objects.requireNonNull(head, "head");
        this.pretrainedBackbone = pretrainedBackbone;
        this.network = new SequentialBlock().add(backbone).add(head);
    }

    /** @return image → feature vector */
    public Block backbone() {
        return backbone;
    }

    /** @return feature vector → class scores */
    public Block head() {
        return head;
    }

    /** @return true when the backbone carries imported weights */
    public boolean pretrainedBackbone() {
        return pretrainedBackbone;
    }

    /** @return backbone followed by head: image → class scores */
    public Block network() {
        return network;
    }

    /**
     * The same backbone with another head, as transfer needs.
     *
     * @param newHead a fresh head for the target classes
     * @return the new pairing; the backbone block is shared, not copied
     */
    public ModelParts withHead(Block newHead) {
        return new ModelParts(backbone, newHead, true);
    }
}
