package org.glyphtransfer.models;

import java.util.List;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code deep-bn-cnn}: a deeper CNN with batch normalisation after its first convolution. Conv 32
 * (3×3, ReLU, BatchNorm, dropout 0.2), conv 64 (3×3, ReLU), 2×2 max-pool, conv 128 (3×3, ReLU),
 * conv 256 (3×3, ReLU), 2×2 max-pool, dense 512 (ReLU), class scores.
 *
 * <p>The description it comes from gives no padding. The default, {@code padding=valid} (no
 * padding, Keras's default), takes 28×28 to 26, 24, 12, 10, 8 and 4 pixels: 256 × 4 × 4 = 4,096
 * features into dense 512, <b>2,490,698</b> parameters for 1×28×28 and 10 classes (2,504,036 for
 * 36), BatchNorm's 64 scales and shifts included and its 64 running statistics not.
 * {@code padding=same} keeps 28×28 through each convolution, so dense 512 sees 256 × 7 × 7 and
 * the network has 6,816,074 parameters.
 *
 * <p>Layer names, in order: {@code conv1 relu1 bn1 dropout1 conv2 pool1 relu2 conv3 relu3 conv4
 * pool2 relu4 flatten dense512 relu5 logits}. Option {@code cut} names the last backbone layer
 * group (default {@code dense512}, 512 features); everything after it is the head.
 */
public final class DeepBnCnnProvider implements ModelProvider {
    /** The plugin name. */
    public static final String NAME = "deep-bn-cnn";

    private static final List<String> CUTS = List.of("flatten", "dense512");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Deep CNN with BatchNorm: conv 32-64-128-256, dense 512 (2,490,698 parameters at 1x28x28, 10 classes)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.choice("padding", "valid", "valid", "same")
                        .optDescription("valid: no padding (28x28 ends as 256 x 4 x 4); same: 1 pixel, so each "
                                + "convolution keeps the size (256 x 7 x 7)"),
                OptionSpec.choice("cut", "dense512", CUTS.toArray(String[]::new))
                        .optDescription("last layer of the backbone: flatten (the conv features) or dense512 (with "
                                + "its ReLU); the layers after it form the head"));
    }

    @Override
    public ModelParts build(ModelRequest request) {
        boolean same = request.options().getString("padding").equals("same");
        // Valid: four 3×3 convolutions take 8 pixels and two pools halve twice; 16 is the least that leaves 1×1.
        InputShapeCheck.require(NAME, request, same ? 4 : 16);
        int pad = same ? 1 : 0;
        return new BackboneSplit(request.options().getString("cut"))
                .add("conv1", Layers.conv(32, 3, 1, pad, true))
                .add("relu1", Layers.relu())
                .add("bn1", Layers.batchNorm())
                .add("dropout1", Layers.dropout(0.2))
                .add("conv2", Layers.conv(64, 3, 1, pad, true))
                .reluAndPool("relu2", "pool1", true)
                .add("conv3", Layers.conv(128, 3, 1, pad, true))
                .add("relu3", Layers.relu())
                .add("conv4", Layers.conv(256, 3, 1, pad, true))
                .reluAndPool("relu4", "pool2", true)
                .add("flatten", Layers.flatten())
                .cutPoint("flatten")
                .add("dense512", Layers.dense(512))
                .add("relu5", Layers.relu())
                .cutPoint("dense512")
                .add("logits", Layers.dense(request.numClasses()))
                .parts();
    }
}
