package org.glyphtransfer.models;

import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.models.blocks.BasicResidualBlock;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code resnet18}: ResNet-18 (He et al. 2016) adapted to small images as is usual for
 * CIFAR/MNIST: a 3×3 stride-1 stem without the initial max-pool, four stages of two basic blocks
 * (64, 128, 256, 512 channels; stages 2–4 halve the resolution), global average pooling to a
 * 512-d feature and a linear classifier. Convolutions have no bias (BatchNorm follows each).
 * 11,172,810 parameters for 1×28×28 and 10 classes, 11,167,680 of them in the backbone.
 *
 * <p>Layer names, in order: {@code conv1 bn1 relu layer1 layer2 layer3 layer4 avgpool flatten}
 * (backbone, as in torchvision) and {@code logits} (head).
 */
public final class ResNet18Provider implements ModelProvider {
    /** The plugin name. */
    public static final String NAME = "resnet18";

    private static final int[] WIDTHS = {64, 128, 256, 512};
    private static final int BLOCKS_PER_STAGE = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ResNet-18 for small images: 3x3 stem, no max-pool, 512-d features (11,172,810 parameters at 1x28x28, 10 classes)";
    }

    @Override
    public ModelParts build(ModelRequest request) {
        // Padded convolutions and global pooling reduce any size to 1×1; stride 2 three times needs 1 pixel.
        InputShapeCheck.require(NAME, request, 1);
        NamedSequentialBlock backbone = new NamedSequentialBlock()
                .add("conv1", Layers.conv(WIDTHS[0], 3, 1, 1, false))
                .add("bn1", Layers.batchNorm())
                .add("relu", Layers.relu());
        int channels = WIDTHS[0];
        for (int stage = 0; stage < WIDTHS.length; stage++) {
            NamedSequentialBlock layer = new NamedSequentialBlock();
            for (int b = 0; b < BLOCKS_PER_STAGE; b++) {
                int stride = stage > 0 && b == 0 ? 2 : 1;
                boolean project = stride != 1 || channels != WIDTHS[stage];
                layer.add("block" + (b + 1), BasicResidualBlock.of(WIDTHS[stage], stride, project));
                channels = WIDTHS[stage];
            }
            backbone.add("layer" + (stage + 1), layer);
        }
        backbone.add("avgpool", Layers.globalAvgPool()).add("flatten", Layers.flatten());
        NamedSequentialBlock head = new NamedSequentialBlock().add("logits", Layers.dense(request.numClasses()));
        return new ModelParts(backbone, head, false);
    }
}
