package org.glyphtransfer.models;

import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code linear}: multinomial logistic regression on the raw pixels, the floor every other model
 * should beat. The backbone only flattens (layer {@code flatten}, no parameters); the head is one
 * linear layer ({@code logits}): 7,850 parameters for 1×28×28 and 10 classes.
 */
public final class LinearProvider implements ModelProvider {
    /** The plugin name. */
    public static final String NAME = "linear";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Baseline linear classifier on the raw pixels (softmax regression)";
    }

    @Override
    public ModelParts build(ModelRequest request) {
        InputShapeCheck.require(NAME, request, 1);
        NamedSequentialBlock backbone = new NamedSequentialBlock().add("flatten", Layers.flatten());
        NamedSequentialBlock head = new NamedSequentialBlock().add("logits", Layers.dense(request.numClasses()));
        return new ModelParts(backbone, head, false);
    }
}
