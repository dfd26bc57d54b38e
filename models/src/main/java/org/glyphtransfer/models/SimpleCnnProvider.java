package org.glyphtransfer.models;

import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.models.blocks.CentreCrop;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code simple-cnn}: the reference CNN of the MNIST-to-letters transfer study. Three
 * convolution + ReLU + 2×2 max-pool stages (32, 64, 128 filters, 3×3, no padding) reduce 28×28 to
 * 128 features; dense 256 and dense 128 with ReLU and dropout follow; the last layer gives the
 * class scores. 159,882 parameters for 1×28×28 and 10 classes.
 *
 * <p>The three stages see only a 22 × 22 window of the input: on 28 × 28 images, rows and columns
 * 22–27 never reach the output, so the bottom and right of a centred digit are lost. Option
 * {@code crop} (a side of at least 22) puts a parameter-free centre crop first, so the layers see the middle of the image
 * instead; the parameter count does not change.
 *
 * <p>Each stage is built as convolution, max-pool, ReLU, which computes exactly what the described
 * convolution, ReLU, max-pool does (the two commute) with a quarter of the ReLU work.
 *
 * <p>Layer names, in order: {@code [crop] conv1 pool1 relu1 conv2 pool2 relu2 conv3 pool3 relu3 flatten
 * dense256 relu4 dropout1 dense128 relu5 dropout2 logits}. Option {@code cut} names the last
 * backbone layer group; everything after it, freshly built, is the head.
 */
public final class SimpleCnnProvider implements ModelProvider {
    /** The plugin name. */
    public static final String NAME = "simple-cnn";

    /** Where the backbone may end, from the earliest to the latest. */
    private static final List<String> CUTS = List.of("flatten", "dense256", "dense128");

    private static final int[] FILTERS = {32, 64, 128};
    /** 3×3 valid convolutions and 2×2 pools: 22 pixels is the least that leaves 1×1 after pool3. */
    private static final int MIN_SIDE = 22;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Reference 3-conv CNN of the MNIST-to-letters study (159,882 parameters at 1x28x28, 10 classes)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.choice("cut", "dense128", CUTS.toArray(String[]::new))
                        .optDescription("last layer of the backbone: flatten (128 conv features), dense256 or "
                                + "dense128 (with their ReLU and dropout); the layers after it form the head"),
                OptionSpec.decimal("dropout", 0.5)
                        .optRange(0, 0.9)
                        .optDescription("dropout rate after each hidden dense layer, active only in training"),
                OptionSpec.integer("crop", 0)
                        .optRange(0, 1024)
                        .optDescription(
                                "0 = none (the layers see the top-left 22x22 of a 28x28 image), or a side of at least 22: "
                                        + "keep the central crop x crop pixels first, so the layers see the middle of the image"));
    }

    @Override
    public ModelParts build(ModelRequest request) {
        int crop = request.options().getInt("crop");
        if (crop != 0 && crop < MIN_SIDE) {
            throw new GlyphException("Option 'crop' of model '" + NAME + "' must be 0 (no crop) or at least " + MIN_SIDE
                    + ", the window the layers need, not " + crop + ".");
        }
        InputShapeCheck.require(NAME, request, Math.max(crop, MIN_SIDE));
        int cut = CUTS.indexOf(request.options().getString("cut"));
        double dropout = request.options().getDouble("dropout");
        NamedSequentialBlock backbone = new NamedSequentialBlock();
        if (crop != 0) {
            backbone.add("crop", new CentreCrop(crop));
        }
        for (int stage = 1; stage <= FILTERS.length; stage++) {
            // Max-pool before ReLU: max and ReLU commute (ReLU never lowers an order), so the scores and gradients
            // are exactly those of conv-ReLU-pool while the ReLU and its backward pass see a quarter of the values.
            backbone.add("conv" + stage, Layers.conv(FILTERS[stage - 1], 3))
                    .add("pool" + stage, Layers.pool(2, true))
                    .add("relu" + stage, Layers.relu());
        }
        backbone.add("flatten", Layers.flatten());
        NamedSequentialBlock head = new NamedSequentialBlock();
        addDense(cut >= 1 ? backbone : head, 256, 4, 1, dropout);
        addDense(cut >= 2 ? backbone : head, 128, 5, 2, dropout);
        head.add("logits", Layers.dense(request.numClasses()));
        return new ModelParts(backbone, head, false);
    }

    private static void addDense(NamedSequentialBlock into, int units, int reluIndex, int dropoutIndex, double rate) {
        into.add("dense" + units, Layers.dense(units))
                .add("relu" + reluIndex, Layers.relu())
                .add("dropout" + dropoutIndex, Layers.dropout(rate));
    }
}
