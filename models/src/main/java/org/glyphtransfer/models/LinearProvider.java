package org.glyphtransfer.models;

import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code linear}: one dense layer on the raw pixels, the floor every other model should beat. The
 * backbone only flattens (layer {@code flatten}, no parameters); the head is one linear layer
 * ({@code logits}): 7,850 parameters for 1×28×28 and 10 classes, 28,260 for 36.
 *
 * <p>{@code output=softmax} (the default) is multinomial logistic regression. {@code
 * output=sigmoid} is the published digits-and-letters baseline: a sigmoid per class, normalised to
 * sum to one as Keras's categorical cross-entropy does; the head then ends with a parameter-free
 * {@code sigmoid} layer that emits log σ(z), whose softmax is exactly σ(z) / Σ σ(z).
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
        return "Baseline linear classifier on the raw pixels (softmax regression, or sigmoid outputs)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(OptionSpec.choice("output", "softmax", "softmax", "sigmoid")
                .optDescription("softmax: logistic regression; sigmoid: one sigmoid per class, normalised to sum "
                        + "to one (the published digits-and-letters baseline)"));
    }

    @Override
    public ModelParts build(ModelRequest request) {
        InputShapeCheck.require(NAME, request, 1);
        NamedSequentialBlock backbone = new NamedSequentialBlock().add("flatten", Layers.flatten());
        NamedSequentialBlock head = new NamedSequentialBlock().add("logits", Layers.dense(request.numClasses()));
        if (request.options().getString("output").equals("sigmoid")) {
            head.add("sigmoid", Layers.logSigmoid());
        }
        return new ModelParts(backbone, head, false);
    }
}
