package org.glyphtransfer.models;

import java.util.List;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code small-cnn}: a small three-stage CNN for digits. Three convolution (64 filters, 3×3, no
 * padding) + ReLU + 2×2 max-pool stages reduce 28×28 to 26, 13, 11, 5, 3 and 1 pixels: 64
 * features; dense 64 and dense 32 with ReLU follow, then the class scores. Exactly 81,066
 * parameters for 1×28×28 and 10 classes.
 *
 * <p>Layer names, in order: {@code conv1 pool1 relu1 conv2 pool2 relu2 conv3 pool3 relu3 flatten
 * dense64 relu4 dense32 relu5 logits}. Option {@code cut} names the last backbone layer group
 * (default {@code dense32}, 32 features); everything after it is the head.
 */
public final class SmallCnnProvider implements ModelProvider {
    /** The plugin name. */
    public static final String NAME = "small-cnn";

    private static final List<String> CUTS = List.of("flatten", "dense64", "dense32");
    /** Three 3×3 valid convolutions and 2×2 pools leave 1×1 from 22 pixels on, not from 21. */
    private static final int MIN_SIDE = 22;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Small 3-stage CNN, 64 filters per stage, dense 64 and 32 (81,066 parameters at 1x28x28, 10 classes)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(OptionSpec.choice("cut", "dense32", CUTS.toArray(String[]::new))
                .optDescription("last layer of the backbone: flatten (64 conv features), dense64 or dense32 (with "
                        + "their ReLU); the layers after it form the head"));
    }

    @Override
    public ModelParts build(ModelRequest request) {
        InputShapeCheck.require(NAME, request, MIN_SIDE);
        BackboneSplit split = new BackboneSplit(request.options().getString("cut"));
        for (int stage = 1; stage <= 3; stage++) {
            split.add("conv" + stage, Layers.conv(64, 3)).reluAndPool("relu" + stage, "pool" + stage, true);
        }
        return split.add("flatten", Layers.flatten())
                .cutPoint("flatten")
                .add("dense64", Layers.dense(64))
                .add("relu4", Layers.relu())
                .cutPoint("dense64")
                .add("dense32", Layers.dense(32))
                .add("relu5", Layers.relu())
                .cutPoint("dense32")
                .add("logits", Layers.dense(request.numClasses()))
                .parts();
    }
}
