package org.glyphtransfer.models.pretrained;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.glyphtransfer.models.blocks.Layers;
import org.glyphtransfer.models.blocks.NamedSequentialBlock;

/**
 * A backbone around an imported TorchScript network: layers {@code imagenet_input} (no
 * parameters), {@code resnet18} (the imported module, one block holding all its weights) and
 * {@code flatten}.
 *
 * <p>It holds the DJL {@link Model} the module was loaded into: the module's weights live in that
 * model's manager, and DJL closes a model's manager when the model object is garbage-collected.
 * Keeping the reference here ties their lifetime to this block. {@link #close()} releases them
 * early; the block is unusable afterwards.
 */
public final class TorchScriptBackbone extends NamedSequentialBlock implements AutoCloseable {
    /** The layer name of the imported module. */
    public static final String MODULE_LAYER = "resnet18";

    private final Model model;

    /**
     * @param model the loaded model whose block is the imported module
     * @param inputSize the side images are resized to before the module
     */
    TorchScriptBackbone(Model model, int inputSize) {
        this.model = model;
        add("imagenet_input", ImageNetInput.block(inputSize));
        add(MODULE_LAYER, model.getBlock());
        add("flatten", Layers.flatten());
    }

    /**
     * Runs the layers. Without training, DJL runs TorchScript in PyTorch's inference mode, whose
     * tensors autograd refuses; those features are copied into ordinary tensors, so that a head can
     * be trained on the features of a module kept in inference mode (frozen BatchNorm statistics).
     * DJL's copy is detached from the graph, which is why features computed in training are not copied.
     */
    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList features = super.forwardInternal(store, inputs, training, params);
        return training ? features : new NDList(features.singletonOrThrow().duplicate());
    }

    /** @return the imported module */
    public Block module() {
        return model.getBlock();
    }

    /** Releases the imported weights. */
    @Override
    public void close() {
        model.close();
    }
}
