package org.glyphtransfer.transfer.store;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.api.io.IoErrors;

/**
 * Loads a model folder for {@link ModelFolder#load}: verifies the parameter checksum, rebuilds the
 * architecture through the plugin registry, loads the parameters and checks their shapes against
 * what {@code model.json} says, turning every mismatch into a user error.
 */
final class ModelLoader {
    private static final String MODEL_JSON = ModelFolder.MODEL_JSON;
    private static final String PARAMETERS = ModelFolder.PARAMETERS;

    private ModelLoader() {}

    /**
     * @param dir the model folder
     * @param registry where the architecture plugin is looked up
     * @param dataRoot data root for file options of the architecture
     * @param device where the parameters go
     * @return the loaded model
     */
    static LoadedModel load(Path dir, PluginRegistry registry, DataRoot dataRoot, Device device) {
        Provenance p = ModelJson.read(dir);
        if (ModelFolder.isOtherKind(p)) {
            throw new GlyphException("Model folder " + dir + " holds a '" + p.architecture()
                    + "' model, not a network; only a network's folder can be a transfer source or be fine-tuned.");
        }
        Path params = dir.resolve(p.parameterFile() == null ? PARAMETERS : p.parameterFile());
        verifyChecksum(dir, params, p.parameterSha256());
        ModelProvider provider = ModelPlugins.architecture(dir, p, registry);
        PluginOptions options = ModelPlugins.options(dir, "architectureOptions", provider, p.architectureOptions());
        Shape inputShape = new Shape(p.inputShape());
        Model model = Model.newInstance(String.valueOf(dir.toAbsolutePath().getFileName()), device);
        try {
            ModelParts parts =
                    provider.build(ModelRequest.builder(options, p.classNames().size())
                            .optInputShape(inputShape)
                            .optDataRoot(dataRoot)
                            .optManager(model.getNDManager())
                            .build());
            Block network = parts.network();
            network.initialize(model.getNDManager(), DataType.FLOAT32, ModelFolder.batchOf(inputShape));
            Map<String, Shape> needed = parameterShapes(network);
            try (InputStream file = Files.newInputStream(params);
                    DataInputStream in = new DataInputStream(new BufferedInputStream(file))) {
                DjlParameterFile.skipHeader(in);
                network.loadParameters(model.getNDManager(), in);
            }
            checkShapes(params, p, inputShape, needed, parameterShapes(network));
            model.setBlock(network);
            return new LoadedModel(model, parts, p);
        } catch (IOException | MalformedModelException | IllegalArgumentException | IllegalStateException e) {
            model.close();
            throw new GlyphException(
                    "Parameter file " + params + " does not fit architecture '" + p.architecture() + "' with "
                            + p.classNames().size() + " classes and input " + inputShape + " ("
                            + IoErrors.plainMessage(e) + ").",
                    e);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private static Map<String, Shape> parameterShapes(Block network) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (Pair<String, Parameter> named : network.getParameters()) {
            if (named.getValue().isInitialized()) {
                shapes.put(named.getKey(), named.getValue().getArray().getShape());
            }
        }
        return shapes;
    }

    /**
     * DJL loads whatever shapes the file holds; model.json is not covered by the checksum, so an edited
     * class list or input shape would only fail later, inside the engine. Compare here instead.
     */
    private static void checkShapes(
            Path params, Provenance p, Shape inputShape, Map<String, Shape> needed, Map<String, Shape> loaded) {
        for (Map.Entry<String, Shape> e : needed.entrySet()) {
            Shape got = loaded.get(e.getKey());
            if (got != null && !got.equals(e.getValue())) {
                throw new GlyphException(
                        "Parameter file " + params + " does not fit architecture '" + p.architecture() + "' with "
                                + p.classNames().size() + " classes and input " + inputShape + " as " + MODEL_JSON
                                + " says: parameter '"
                                + e.getKey() + "' has shape " + got + " where " + e.getValue()
                                + " is needed; restore the " + MODEL_JSON
                                + " that was written with these parameters.");
            }
        }
    }

    static void verifyChecksum(Path dir, Path params, String expected) {
        if (!Files.isRegularFile(params)) {
            throw new GlyphException("Parameter file " + params + " is missing; the model folder is incomplete.");
        }
        String actual;
        try {
            if (!params.toRealPath().getParent().equals(dir.toRealPath())) {
                throw new GlyphException("Model file " + dir.resolve(MODEL_JSON) + ": 'parameterFile' names "
                        + params.getFileName() + ", a link to a file outside the model folder; copy the file"
                        + " into the folder instead.");
            }
            actual = Checksums.sha256(params);
        } catch (IOException e) {
            throw new GlyphException("Parameter file " + params + " cannot be read: " + IoErrors.reason(e) + ".", e);
        }
        if (!actual.equalsIgnoreCase(expected)) {
            throw new GlyphException("Parameter file " + params + " does not match the checksum in " + MODEL_JSON
                    + " (truncated or edited); retrain or restore the folder.");
        }
    }
}
