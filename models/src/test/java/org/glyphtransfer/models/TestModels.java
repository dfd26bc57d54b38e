package org.glyphtransfer.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.testing.CpuEngine;

/** Shared set-up of the model tests: engine, registry look-up, build, initialise, forward. */
public final class TestModels {
    public static final Shape MNIST = new Shape(1, 28, 28);

    private static final PluginRegistry REGISTRY =
            PluginRegistry.builder().optUseEnvironment(false).build();

    private TestModels() {}

    /** Starts (or re-seeds) the engine on the CPU as every model test wants it: two threads, seed 7. */
    public static void startEngine() {
        CpuEngine.start(2, 7);
    }

    public static ModelProvider provider(String name) {
        return REGISTRY.model(name);
    }

    public static ModelParts build(String name, Map<String, String> options, int classes) {
        return build(name, options, classes, null);
    }

    public static ModelParts build(String name, Map<String, String> options, int classes, DataRoot root) {
        ModelProvider provider = provider(name);
        ModelRequest.Builder request = ModelRequest.builder(provider.parseOptions(options), classes);
        if (root != null) {
            request.optDataRoot(root);
        }
        return provider.build(request.build());
    }

    /** Initialises a block for a batch of {@code batch} MNIST-sized images. */
    public static void initialize(Block block, NDManager manager, int batch) {
        block.initialize(manager, DataType.FLOAT32, batchOf(batch));
    }

    public static Shape batchOf(int batch) {
        return new Shape(batch, MNIST.get(0), MNIST.get(1), MNIST.get(2));
    }

    public static NDArray forward(Block block, NDArray input, boolean training) {
        NDList out = block.forward(new ParameterStore(input.getManager(), false), new NDList(input), training);
        return out.singletonOrThrow();
    }
}
