package org.glyphtransfer.models.pretrained;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.ZooModel;
import java.util.Optional;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.models.InputShapeCheck;
import org.glyphtransfer.models.blocks.Layers;

/**
 * {@code resnet18-imagenet}: an ImageNet-pretrained ResNet-18 as a feature extractor, imported
 * as TorchScript, with a fresh linear head. Grey images are resized to {@code size} × {@code size},
 * copied to three channels and standardised with ImageNet's statistics in front of the network.
 *
 * <p>The weights come from option {@code file} (a TorchScript {@code .pt} file, relative paths
 * under the data root), else from DJL's PyTorch model zoo ({@code resnet18_embedding}), which
 * needs the network once. Any TorchScript module that maps N × 3 × size × size to one feature
 * tensor works as a file. The backbone carries weights ({@link ModelParts#pretrainedBackbone()})
 * and is a {@link TorchScriptBackbone}; whether it is frozen is the training code's decision.
 */
public final class ResNet18ImageNetProvider implements ModelProvider {
    /** The plugin name. */
    public static final String NAME = "resnet18-imagenet";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ImageNet-pretrained ResNet-18 (TorchScript) as a feature extractor with a new linear head";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.string("file", null)
                        .optPath()
                        .optDescription("TorchScript .pt file of the feature extractor, relative to the data root; "
                                + "unset: DJL's PyTorch model zoo resnet18_embedding (needs the network once)"),
                OptionSpec.integer("size", 64)
                        .optRange(16, 512)
                        .optDescription("side in pixels the images are resized to before the network"));
    }

    @Override
    public ModelParts build(ModelRequest request) {
        Shape input = InputShapeCheck.require(NAME, request, 1);
        if (input.get(0) != 1 && input.get(0) != 3) {
            throw new GlyphException("Model '" + NAME + "' takes grey (1-channel) or colour (3-channel) images, not "
                    + input.get(0) + " channels.");
        }
        int size = request.options().getInt("size");
        Optional<Device> device = request.manager().map(NDManager::getDevice);
        TorchScriptLoader loader = new TorchScriptLoader(NAME, device.orElse(null));
        Optional<String> file = request.options().optString("file");
        ZooModel<NDList, NDList> model = file.isPresent()
                ? loader.fromFile(request.dataRoot().resolve(file.get()), file.get())
                : loader.fromZoo();
        TorchScriptBackbone backbone = new TorchScriptBackbone(model, size);
        requireOneFeatureVector(backbone, input, file.orElse(TorchScriptLoader.ZOO_URL));
        request.manager().ifPresent(m -> m.attachInternal(NDManager.nextUid(), backbone));
        NamedSequentialBlock head = new NamedSequentialBlock().add("logits", Layers.dense(request.numClasses()));
        return new ModelParts(backbone, head, true);
    }

    /** Runs the module once on a blank image, so that a wrong file fails here and not mid-training. */
    private static void requireOneFeatureVector(TorchScriptBackbone backbone, Shape input, String source) {
        Shape[] out;
        try {
            out = backbone.getOutputShapes(new Shape[] {new Shape(1, input.get(0), input.get(1), input.get(2))});
        } catch (RuntimeException e) {
            backbone.close();
            throw new GlyphException(
                    "The TorchScript network " + source + " of model '" + NAME
                            + "' does not map a 3-channel image to one feature tensor (" + e.getMessage() + ").",
                    e);
        }
        if (out.length != 1) {
            backbone.close();
            throw new GlyphException("The TorchScript network " + source + " of model '" + NAME + "' gives "
                    + out.length + " outputs instead of one feature tensor.");
        }
    }
}
