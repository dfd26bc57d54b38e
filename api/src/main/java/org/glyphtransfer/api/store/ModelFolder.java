package org.glyphtransfer.api.store;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
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

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeSpecialFloatingPointValues().create();

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
            Provenance written = provenance.toBuilder().parameters(PARAMETERS, Checksums.hex(digest), Instant.now().toString()).build();
            byte[] json = GSON.toJson(written).getBytes(StandardCharsets.UTF_8);
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
        Path json = dir.resolve(MODEL_JSON);
        if (!Files.isDirectory(dir)) {
            throw new GlyphException("Model folder " + dir + " does not exist; pass a folder written by 'glyph pretrain' or 'glyph transfer'.");
        }
        try {
            Provenance p = GSON.fromJson(Files.readString(json), Provenance.class);
            if (p == null || p.architecture() == null || p.classNames() == null || p.classNames().isEmpty()
                    || p.inputShape() == null || p.parameterSha256() == null) {
                throw new GlyphException("Model file " + json + " lacks architecture, classes, input shape or checksum; it was not written by glyph.");
            }
            if (p.format() > Provenance.FORMAT) {
                throw new GlyphException("Model file " + json + " has format " + p.format()
                        + ", newer than this glyph understands (" + Provenance.FORMAT + "); upgrade glyph.");
            }
            return p;
        } catch (NoSuchFileException e) {
            throw new GlyphException("Model folder " + dir + " has no " + MODEL_JSON + "; it is not a glyph model folder.", e);
        } catch (JsonParseException e) {
            throw new GlyphException("Model file " + json + " is not valid JSON (" + IoErrors.plainMessage(e) + ").", e);
        } catch (IOException e) {
            throw new GlyphException("Model file " + json + " cannot be read (" + IoErrors.reason(e) + ").", e);
        }
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
        Provenance p = readProvenance(dir);
        Path params = dir.resolve(p.parameterFile() == null ? PARAMETERS : p.parameterFile());
        verifyChecksum(params, p.parameterSha256());
        ModelProvider provider = architecture(dir, p, registry);
        Shape inputShape = new Shape(p.inputShape());
        Model model = Model.newInstance(dir.getFileName().toString(), device);
        try {
            ModelParts parts = provider.build(ModelRequest.builder(provider.parseOptions(p.architectureOptions()), p.classNames().size())
                    .optInputShape(inputShape).optDataRoot(dataRoot).optManager(model.getNDManager()).build());
            Block network = parts.network();
            network.initialize(model.getNDManager(), DataType.FLOAT32, batchOf(inputShape));
            Map<String, Shape> needed = parameterShapes(network);
            try (InputStream file = Files.newInputStream(params);
                    DataInputStream in = new DataInputStream(new BufferedInputStream(file))) {
                network.loadParameters(model.getNDManager(), in);
            }
            checkShapes(params, p, inputShape, needed, parameterShapes(network));
            model.setBlock(network);
            return new LoadedModel(model, parts, p);
        } catch (IOException | MalformedModelException | IllegalArgumentException | IllegalStateException e) {
            model.close();
            throw new GlyphException("Parameter file " + params + " does not fit architecture '" + p.architecture()
                    + "' with " + p.classNames().size() + " classes and input " + inputShape + " (" + IoErrors.plainMessage(e) + ").", e);
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
    private static void checkShapes(Path params, Provenance p, Shape inputShape, Map<String, Shape> needed,
            Map<String, Shape> loaded) {
        for (Map.Entry<String, Shape> e : needed.entrySet()) {
            Shape got = loaded.get(e.getKey());
            if (got != null && !got.equals(e.getValue())) {
                throw new GlyphException("Parameter file " + params + " does not fit architecture '" + p.architecture() + "' with "
                        + p.classNames().size() + " classes and input " + inputShape + " as " + MODEL_JSON + " says: parameter '"
                        + e.getKey() + "' has shape " + got + " where " + e.getValue() + " is needed; restore the " + MODEL_JSON
                        + " that was written with these parameters.");
            }
        }
    }

    private static ModelProvider architecture(Path dir, Provenance p, PluginRegistry registry) {
        try {
            return registry.model(p.architecture());
        } catch (GlyphException unknown) {
            List<String> installed = new ArrayList<>();
            registry.models().forEach(m -> installed.add(m.name()));
            throw new GlyphException("Model file " + dir.resolve(MODEL_JSON) + " was written by the model plugin '"
                    + p.architecture() + "', which is not installed (installed: " + String.join(", ", installed)
                    + "); put its plugin jar in the plugins folder (--plugins or GLYPH_PLUGINS).", unknown);
        }
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

    private static void verifyChecksum(Path params, String expected) {
        if (!Files.isRegularFile(params)) {
            throw new GlyphException("Parameter file " + params + " is missing; the model folder is incomplete.");
        }
        String actual;
        try {
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
