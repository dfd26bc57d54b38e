package org.glyphtransfer.models;

import java.util.List;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code keras-cnn}: the widely copied Keras CNN for MNIST. Two 32-filter 5×5 convolutions,
 * max-pool, dropout 0.25, two 64-filter 3×3 convolutions, max-pool, dropout 0.25, all with ReLU
 * and "same" padding (2 for 5×5, 1 for 3×3), so 28×28 becomes 14×14 and 7×7; then dense 256 with
 * ReLU and dropout 0.5, and the class scores. Exactly 887,530 trainable parameters for 1×28×28 and
 * 10 classes.
 *
 * <p>Layer names, in order: {@code conv1 relu1 conv2 pool1 relu2 dropout1 conv3 relu3 conv4 pool2
 * relu4 dropout2 flatten dense256 relu5 dropout3 logits}. Option {@code cut} names the last
 * backbone layer group (default {@code dense256}, 256 features); everything after it is the head.
 */
public final class KerasCnnProvider implements ModelProvider {
    /** The plugin name. */
    public static final String NAME = "keras-cnn";

    private static final List<String> CUTS = List.of("flatten", "dense256");
    /** "Same" convolutions keep the size; the two 2×2 pools need 4 pixels. */
    private static final int MIN_SIDE = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Keras-style CNN: 2x conv32 5x5, 2x conv64 3x3, dense 256, dropout (887,530 parameters at 1x28x28, "
                + "10 classes)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(OptionSpec.choice("cut", "dense256", CUTS.toArray(String[]::new))
                .optDescription("last layer of the backbone: flatten (64 x 7 x 7 conv features at 28x28) or "
                        + "dense256 (with its ReLU and dropout); the layers after it form the head"));
    }

    @Override
    public ModelParts build(ModelRequest request) {
        InputShapeCheck.require(NAME, request, MIN_SIDE);
        return new BackboneSplit(request.options().getString("cut"))
                .add("conv1", Layers.conv(32, 5, 1, 2, true))
                .add("relu1", Layers.relu())
                .add("conv2", Layers.conv(32, 5, 1, 2, true))
                .reluAndPool("relu2", "pool1", true)
                .add("dropout1", Layers.dropout(0.25))
                .add("conv3", Layers.conv(64, 3, 1, 1, true))
                .add("relu3", Layers.relu())
                .add("conv4", Layers.conv(64, 3, 1, 1, true))
                .reluAndPool("relu4", "pool2", true)
                .add("dropout2", Layers.dropout(0.25))
                .add("flatten", Layers.flatten())
                .cutPoint("flatten")
                .add("dense256", Layers.dense(256))
                .add("relu5", Layers.relu())
                .add("dropout3", Layers.dropout(0.5))
                .cutPoint("dense256")
                .add("logits", Layers.dense(request.numClasses()))
                .parts();
    }
}
