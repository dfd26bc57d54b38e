package org.glyphtransfer.transfer.store;

import ai.djl.Device;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.PluginRegistry;

/**
 * A trained model on disk: a folder with a DJL parameter file ({@code model.params}, or
 * {@code model-b.params} after the folder was saved over) and {@code model.json}, its
 * {@link Provenance}, which names the parameter file and holds its checksum. A save leaves either the
 * earlier complete model or the new one, whenever it is killed ({@link ModelSave}). Loading checks
 * {@code model.json} against its schema and the checksum, rebuilds the architecture through the
 * plugin registry, and reports any mismatch as a user error.
 */
public final class ModelFolder {
    /** The provenance file. */
    public static final String MODEL_JSON = "model.json";
    /** The parameter file of a folder saved once; {@code model.json} names the one in use. */
    public static final String PARAMETERS = "model.params";

    private ModelFolder() {}

    /**
     * Whether a folder holds a model (has a {@code model.json}).
     *
     * @param dir the folder
     * @return true when it looks like a model folder
     */
    public static boolean isModelFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(MODEL_JSON));
    }

    /**
     * Saves a network and its provenance.
     *
     * @param dir the model folder (created if missing)
     * @param network the whole network, backbone followed by head
     * @param provenance what to record; the checksum and time are filled in here
     * @return the provenance as written
     * @throws GlyphException when the folder cannot be written
     */
    public static Provenance save(Path dir, Block network, Provenance provenance) {
        return ModelSave.save(dir, network, provenance, step -> {});
    }

    /**
     * Reads and validates {@code model.json}.
     *
     * @param dir the model folder
     * @return the provenance
     * @throws GlyphException when the folder or file is missing or unreadable
     */
    public static Provenance readProvenance(Path dir) {
        return ModelJson.read(dir);
    }

    /**
     * Loads a model folder: checks the parameter checksum, rebuilds the architecture from the
     * registry, loads the parameters.
     *
     * @param dir the model folder
     * @param registry where the architecture plugin is looked up
     * @param dataRoot data root for file options of the architecture
     * @param device where the parameters go
     * @return the loaded model; close it when done
     * @throws GlyphException on a missing, truncated, edited or mismatched parameter file
     */
    public static LoadedModel load(Path dir, PluginRegistry registry, DataRoot dataRoot, Device device) {
        return ModelLoader.load(dir, registry, dataRoot, device);
    }

    /**
     * A batch shape of one for an input shape C × H × W.
     *
     * @param inputShape one input
     * @return 1 × C × H × W
     */
    public static Shape batchOf(Shape inputShape) {
        return new Shape(1).addAll(inputShape);
    }
}
