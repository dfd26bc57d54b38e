package org.glyphtransfer.models;

import java.util.List;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code dual-conv-cnn}: the CNN of the digits-and-letters comparisons. Two 3×3 convolutions with
 * padding 1 (32 and 64 filters, ReLU), each followed by a 2×2 pool ({@code pool=max}, the default,
 * or {@code avg}, the two compared), take 28×28 to 14×14 and 7×7; dropout 0.5 precedes a 3-layer
 * dense classifier: dense 128, dense 64 (ReLU) and the class scores. The description it comes from
 * names neither filter counts nor dense widths: these are the choices made here. 430,948
 * parameters for 1×28×28 and 36 classes (429,258 for 10).
 *
 * <p>Layer names, in order: {@code conv1 pool1 relu1 conv2 pool2 relu2 flatten dropout dense128
 * relu3 dense64 relu4 logits} (with {@code pool=avg} each ReLU comes before its pool). Option {@code cut} names the last backbone layer group (default
 * {@code dense64}, 64 features); everything after it is the head.
 */
public final class DualConvCnnProvider implements ModelProvider {
    /** The plugin name. */
    public static final String NAME = "dual-conv-cnn";

    private static final List<String> CUTS = List.of("flatten", "dense128", "dense64");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Two padded 3x3 conv + pool stages, dropout, 3-layer dense classifier (430,948 parameters at "
                + "1x28x28, 36 classes)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.choice("pool", "max", "max", "avg").optDescription("2x2 pooling after each convolution"),
                OptionSpec.choice("cut", "dense64", CUTS.toArray(String[]::new))
                        .optDescription("last layer of the backbone: flatten (with the dropout), dense128 or dense64 "
                                + "(with their ReLU); the layers after it form the head"));
    }

    @Override
    public ModelParts build(ModelRequest request) {
        // Padded convolutions keep the size; the two 2×2 pools need 4 pixels.
        InputShapeCheck.require(NAME, request, 4);
        boolean max = request.options().getString("pool").equals("max");
        return new BackboneSplit(request.options().getString("cut"))
                .add("conv1", Layers.conv(32, 3, 1, 1, true))
                .reluAndPool("relu1", "pool1", max)
                .add("conv2", Layers.conv(64, 3, 1, 1, true))
                .reluAndPool("relu2", "pool2", max)
                .add("flatten", Layers.flatten())
                .add("dropout", Layers.dropout(0.5))
                .cutPoint("flatten")
                .add("dense128", Layers.dense(128))
                .add("relu3", Layers.relu())
                .cutPoint("dense128")
                .add("dense64", Layers.dense(64))
                .add("relu4", Layers.relu())
                .cutPoint("dense64")
                .add("logits", Layers.dense(request.numClasses()))
                .parts();
    }
}
