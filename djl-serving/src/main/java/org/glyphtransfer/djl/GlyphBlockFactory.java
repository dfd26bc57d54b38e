package org.glyphtransfer.djl;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.BlockFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.PluginOptions;

/**
 * Rebuilds a glyph network for DJL: the model plugin {@code serving.properties} names builds it
 * with the recorded options, classes and input shape, exactly as glyph does when it loads the folder;
 * DJL then reads the parameter file into it. Named by {@code blockFactory} in the folder's
 * {@code serving.properties}.
 */
public final class GlyphBlockFactory implements BlockFactory {
    private static final long serialVersionUID = 1L;

    /** Made by DJL from the class name in {@code serving.properties}. */
    public GlyphBlockFactory() {}

    /**
     * @param model the DJL model the block goes into
     * @param modelPath the model folder
     * @param arguments the folder's {@code serving.properties} and the caller's arguments
     * @return the network, initialised, waiting for its parameters
     * @throws IOException naming the folder when its parameter file is missing or changed
     * @throws IllegalArgumentException naming the folder when its {@code serving.properties} is not as
     *     glyph writes it, or names a plugin that is missing or refuses the recorded options
     */
    @Override
    public Block newBlock(Model model, Path modelPath, Map<String, ?> arguments) throws IOException {
        ServingArguments a = ServingArguments.of(modelPath, arguments);
        a.checkParameters();
        Block network;
        try {
            ModelProvider provider = GlyphPlugins.registry().model(a.architecture());
            PluginOptions options = provider.parseOptions(a.architectureOptions());
            network = provider.build(ModelRequest.builder(options, a.shape().classes())
                            .optInputShape(a.shape().input())
                            .optDataRoot(DataRoot.locate(null))
                            .optManager(model.getNDManager())
                            .build())
                    .network();
        } catch (GlyphException e) {
            throw ServingArguments.pluginProblem(modelPath, e);
        }
        network.initialize(model.getNDManager(), DataType.FLOAT32, a.batchShape());
        return new PreprocessedInputBlock(network, a);
    }
}
