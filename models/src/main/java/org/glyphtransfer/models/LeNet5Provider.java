package org.glyphtransfer.models;

import ai.djl.nn.Block;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code lenet5}: LeCun et al.'s LeNet-5 for 28×28 input. Conv 6 5×5 with padding 2 keeps 28×28,
 * pool to 14, conv 16 5×5 to 10, pool to 5, then dense 120 and 84 and the class scores. 61,706
 * parameters for 1×28×28 and 10 classes.
 *
 * <p>Layer names, in order: {@code conv1 act1 pool1 conv2 act2 pool2 flatten fc1 act3 fc2 act4}
 * (backbone, 84 features) and {@code logits} (head). The 1998 network used a scaled tanh and
 * trainable sub-sampling; here {@code activation} defaults to ReLU, which trains faster from
 * scratch, and {@code pool} to plain averaging, the classic choice.
 */
public final class LeNet5Provider implements ModelProvider {
    /** The plugin name. */
    public static final String NAME = "lenet5";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "LeNet-5 for 28x28 images (61,706 parameters at 1x28x28, 10 classes)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.choice("pool", "avg", "avg", "max")
                        .optDescription("2x2 sub-sampling: avg (classic LeNet-5) or max"),
                OptionSpec.choice("activation", "relu", "relu", "tanh")
                        .optDescription("non-linearity after every convolution and hidden dense layer: "
                                + "relu, or tanh as in the 1998 paper"));
    }

    @Override
    public ModelParts build(ModelRequest request) {
        // conv2 (5×5, no padding) needs 5×5 after pool1, and pool2 needs 2×2 after it: 12 pixels.
        InputShapeCheck.require(NAME, request, 12);
        boolean max = request.options().getString("pool").equals("max");
        boolean tanh = request.options().getString("activation").equals("tanh");
        NamedSequentialBlock backbone = new NamedSequentialBlock()
                .add("conv1", Layers.conv(6, 5, 1, 2, true))
                .add("act1", activation(tanh))
                .add("pool1", Layers.pool(2, max))
                .add("conv2", Layers.conv(16, 5))
                .add("act2", activation(tanh))
                .add("pool2", Layers.pool(2, max))
                .add("flatten", Layers.flatten())
                .add("fc1", Layers.dense(120))
                .add("act3", activation(tanh))
                .add("fc2", Layers.dense(84))
                .add("act4", activation(tanh));
        NamedSequentialBlock head = new NamedSequentialBlock().add("logits", Layers.dense(request.numClasses()));
        return new ModelParts(backbone, head, false);
    }

    private static Block activation(boolean tanh) {
        return tanh ? Layers.tanh() : Layers.relu();
    }
}
