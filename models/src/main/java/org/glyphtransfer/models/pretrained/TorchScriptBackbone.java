package org.glyphtransfer.models.pretrained;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.SymbolBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.IOException;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.models.blocks.Layers;

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
    private Block module;

    /**
     * @param model the loaded model whose block is the imported module
     * @param inputSize the side images are resized to before the module
     */
    TorchScriptBackbone(Model model, int inputSize) {
        this.model = model;
        this.module = model.getBlock();
        add("imagenet_input", ImageNetInput.block(inputSize));
        add(MODULE_LAYER, module);
        add("flatten", Layers.flatten());
    }

    /**
     * Runs the layers. Without training, DJL runs TorchScript in PyTorch's inference mode, whose
     * tensors autograd refuses; those features are copied into ordinary tensors, so that a head can
     * be trained on the features of a module kept in inference mode (frozen BatchNorm statistics).
     * DJL's copy is detached from the graph, which is why features computed in training are not copied.
     */
    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList features = super.forwardInternal(store, inputs, training, params);
        return training ? features : new NDList(features.singletonOrThrow().duplicate());
    }

    /**
     * Loads parameters saved by {@link #saveParameters}: the imported module comes back as a new
     * module block. DJL's TorchScript block would otherwise swap its native module in place while
     * keeping the parameter list it handed out before (for instance to {@code initialize}), so
     * that an optimiser would update tensors the network no longer uses.
     */
    @Override
    public void loadParameters(NDManager manager, DataInputStream is) throws IOException, MalformedModelException {
        byte savedVersion = is.readByte();
        loadMetadata(savedVersion, is);
        for (int i = 0; i < children.size(); i++) {
            Block child = children.valueAt(i);
            if (child != module) {
                child.loadParameters(manager, is);
                continue;
            }
            NDManager owner = model.getNDManager();
            SymbolBlock loaded = owner.getEngine().newSymbolBlock(owner);
            loaded.loadParameters(owner, is);
            String key = children.keyAt(i);
            children.remove(i);
            children.add(i, key, loaded);
            release(module);
            module = loaded;
        }
    }

    private static void release(Block replaced) {
        if (replaced instanceof AutoCloseable) {
            try {
                ((AutoCloseable) replaced).close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not release the replaced TorchScript module", e);
            }
        }
    }

    /** @return the imported module */
    public Block module() {
        return module;
    }

    /** Releases the imported weights. */
    @Override
    public void close() {
        model.close();
    }
}
