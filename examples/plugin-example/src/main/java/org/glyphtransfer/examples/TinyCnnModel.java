package org.glyphtransfer.examples;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.PluginOptions;

/**
 * Model plugin {@code tiny-cnn}: one 3 × 3 convolution, ReLU, 2 × 2 max pooling and a dense
 * feature layer as the backbone; one linear layer as the head. Small enough to train in
 * seconds on a CPU.
 */
public final class TinyCnnModel implements ModelProvider {
    private static final OptionSchema OPTIONS = OptionSchema.of(
            OptionSpec.integer("filters", 8).optRange(1, 256)
                    .optDescription("Filters of the 3 x 3 convolution."),
            OptionSpec.integer("features", 32).optRange(2, 4096)
                    .optDescription("Size of the feature vector the backbone produces."));

    @Override
    public String name() {
        return "tiny-cnn";
    }

    @Override
    public String description() {
        return "Conv 3x3 -> ReLU -> max-pool -> dense features, linear head (example plugin).";
    }

    @Override
    public OptionSchema options() {
        return OPTIONS;
    }

    @Override
    public ModelParts build(ModelRequest request) {
        Shape input = request.inputShape();
        if (input.dimension() != 3 || input.get(1) < 2 || input.get(2) < 2) {
            throw new GlyphException("Model 'tiny-cnn' needs images of shape C x H x W with H and W of at least 2, not "
                    + input + ".");
        }
        PluginOptions options = request.options();
        // Named layers: glyph models --detail lists these names and --freeze upto:NAME takes them.
        NamedSequentialBlock backbone = new NamedSequentialBlock()
                // Padding 1 keeps H x W, so the pooled size is simply H/2 x W/2.
                .add(
                        "conv",
                        Conv2d.builder()
                                .setKernelShape(new Shape(3, 3))
                                .optPadding(new Shape(1, 1))
                                .setFilters(options.getInt("filters"))
                                .build())
                .add("relu1", Activation.reluBlock())
                .add("pool", Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add("flatten", Blocks.batchFlattenBlock())
                .add("features", Linear.builder().setUnits(options.getInt("features")).build())
                .add("relu2", Activation.reluBlock());
        Linear head = Linear.builder().setUnits(request.numClasses()).build();
        return new ModelParts(backbone, head, false);
    }
}
