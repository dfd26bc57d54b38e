package org.glyphtransfer.transfer.store;

import ai.djl.Device;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.api.io.PendingFile;

/**
 * A trained model on disk: a folder with the DJL parameter file {@code model.params} and
 * {@code model.json}, its {@link Provenance}. Writes are atomic (temporary name, then rename;
 * {@code model.json}, which holds the parameter checksum, is written last), so a crash never
 * leaves a half-written model that loads. Loading checks the checksum, rebuilds the
 * architecture through the plugin registry, and reports any mismatch as a user error.
 */
public final class ModelFolder {
    /** The provenance file. */
    public static final String MODEL_JSON = "model.json";
    /** The parameter file. */
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
        Path firstCreated = AtomicFiles.outermostMissing(dir);
        MessageDigest digest = Checksums.sha256();
        // Both files are written in full under temporary names before either is renamed into place, so a full
        // disk or a failing writer leaves an earlier model in the folder intact and nothing half-written.
        try (PendingFile params = AtomicFiles.prepare(dir.resolve(PARAMETERS), file -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(file, digest)));
            network.saveParameters(out);
            out.flush();
        })) {
            Provenance written = provenance.toBuilder()
                    .parameters(PARAMETERS, Checksums.hex(digest), Instant.now().toString())
                    .build();
            byte[] json = ModelJson.toBytes(written);
            try (PendingFile model = AtomicFiles.prepare(dir.resolve(MODEL_JSON), out -> out.write(json))) {
                params.commit();
                model.commit();
            }
            return written;
        } catch (IOException e) {
            removeEmptyFolders(dir, firstCreated);
            throw new GlyphException("Could not write the model to " + dir + ": " + IoErrors.reason(e) + ".", e);
        }
    }

    /** Removes the folders a failed save created, innermost first, as long as they are empty. */
    private static void removeEmptyFolders(Path dir, Path firstCreated) {
        if (firstCreated == null) {
            return;
        }
        for (Path p = dir.toAbsolutePath(); p != null && p.startsWith(firstCreated); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException notEmptyOrGone) {
                return;
            }
        }
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
