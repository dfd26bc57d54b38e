package org.glyphtransfer.models;

import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code mlp}: the one-hidden-layer perceptron of the classic MNIST comparisons. Layer names:
 * {@code flatten hidden relu} (backbone, {@code hidden} features) and {@code logits} (head).
 * With 256 hidden units, 1×28×28 input and 10 classes: 203,530 parameters.
 */
public final class MlpProvider implements ModelProvider {
    /** The plugin name. */
    public static final String NAME = "mlp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Baseline multilayer perceptron with one ReLU hidden layer";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(OptionSpec.integer("hidden", 256)
                .optRange(1, 65536)
                .optDescription("number of units in the hidden layer, which is also the feature size"));
    }

    @Override
    public ModelParts build(ModelRequest request) {
        InputShapeCheck.require(NAME, request, 1);
        NamedSequentialBlock backbone = new NamedSequentialBlock()
                .add("flatten", Layers.flatten())
                .add("hidden", Layers.dense(request.options().getInt("hidden")))
                .add("relu", Layers.relu());
        NamedSequentialBlock head = new NamedSequentialBlock().add("logits", Layers.dense(request.numClasses()));
        return new ModelParts(backbone, head, false);
    }
}
