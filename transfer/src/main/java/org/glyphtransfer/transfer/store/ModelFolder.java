package org.glyphtransfer.transfer.store;

import ai.djl.Device;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.PluginRegistry;

/**
 * A trained model on disk: a folder with a parameter file in DJL's layout ({@code model-0000.params},
 * or {@code model-0001.params} after the folder was saved over; {@code model.params} in folders of
 * earlier versions), what DJL's {@code Criteria} needs beside it ({@code serving.properties},
 * {@code synset.txt}) and {@code model.json}, its {@link Provenance}, which names the parameter file
 * and holds its checksum. A save leaves either the
 * earlier complete model or the new one, whenever it is killed ({@link ModelSave}). Loading checks
 * {@code model.json} against its schema and the checksum, rebuilds the architecture through the
 * plugin registry, and reports any mismatch as a user error.
 */
public final class ModelFolder {
    /** The provenance file. */
    public static final String MODEL_JSON = "model.json";
    /**
     * The parameter file of a folder of another kind saved once, and of a network's folder written by
     * earlier versions; {@code model.json} names the one in use.
     */
    public static final String PARAMETERS = "model.params";
    /** The parameter file of a network's folder saved once, in DJL's layout; {@code model.json} names the one in use. */
    public static final String NETWORK_PARAMETERS = DjlParameterFile.FIRST;

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
        Shape input = new Shape(provenance.inputShape());
        return ModelSave.save(
                dir,
                ModelSave.Format.NETWORK,
                out -> {
                    DjlParameterFile.writeHeader(out, input);
                    network.saveParameters(out);
                },
                provenance,
                step -> {});
    }

    /** Writes a model's parameters, whatever their format, into the stream it is given. */
    @FunctionalInterface
    public interface ParameterWriter {
        /**
         * @param out the parameter file; not to be closed
         * @throws IOException when writing fails
         */
        void write(DataOutputStream out) throws IOException;
    }

    /**
     * Saves a model of another kind than a network (see {@link FolderModelProvider}) with the same
     * protocol: parameter file, checksum, {@code model.json} renamed last.
     *
     * @param dir the model folder (created if missing)
     * @param parameters writes the parameter file
     * @param provenance what to record; the checksum and time are filled in here
     * @return the provenance as written
     * @throws GlyphException when the folder cannot be written
     */
    public static Provenance save(Path dir, ParameterWriter parameters, Provenance provenance) {
        return ModelSave.save(dir, ModelSave.Format.OTHER, parameters, provenance, step -> {});
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
     * Loads a model folder of any kind for prediction and evaluation: a {@link FolderModelProvider}
     * that handles it, else the network through {@link #load}.
     *
     * @param dir the model folder
     * @param registry where the architecture plugin of a network is looked up
     * @param dataRoot data root for file options of the architecture
     * @param device where a network's parameters go
     * @return the loaded model; close it when done
     * @throws GlyphException on a missing, truncated, edited or mismatched folder
     */
    public static ScoringModel loadScoring(Path dir, PluginRegistry registry, DataRoot dataRoot, Device device) {
        Provenance p = ModelJson.read(dir);
        for (FolderModelProvider provider : ServiceLoader.load(FolderModelProvider.class)) {
            if (provider.handles(p)) {
                return provider.load(dir, p, verifiedParameters(dir, p));
            }
        }
        return new NetworkScoringModel(load(dir, registry, dataRoot, device));
    }

    /**
     * The parameter file {@code model.json} names, after checking that it is inside the folder and
     * matches its checksum.
     *
     * @param dir the model folder
     * @param provenance its {@code model.json}
     * @return the parameter file
     * @throws GlyphException when it is missing, outside the folder, truncated or edited
     */
    public static Path verifiedParameters(Path dir, Provenance provenance) {
        Path params = dir.resolve(provenance.parameterFile() == null ? PARAMETERS : provenance.parameterFile());
        ModelLoader.verifyChecksum(dir, params, provenance.parameterSha256());
        return params;
    }

    /**
     * The provider of another kind of folder that handles this provenance, if any.
     *
     * @param provenance a folder's {@code model.json}
     * @return whether a {@link FolderModelProvider} takes it instead of the network loader
     */
    public static boolean isOtherKind(Provenance provenance) {
        for (FolderModelProvider provider : ServiceLoader.load(FolderModelProvider.class)) {
            if (provider.handles(provenance)) {
                return true;
            }
        }
        return false;
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
