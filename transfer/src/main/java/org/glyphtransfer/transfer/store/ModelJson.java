package org.glyphtransfer.transfer.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * The {@code model.json} of a model folder: {@link Provenance} as pretty-printed JSON, and the checks
 * that a file read back was written by glyph, has what loading needs, and has a format this version
 * understands. Every problem becomes a user error that names the file.
 */
final class ModelJson {
    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .registerTypeAdapter(Phase.class, new PhaseJson().nullSafe())
            .serializeSpecialFloatingPointValues()
            .create();

    private ModelJson() {}

    /**
     * @param provenance what to write
     * @return its {@code model.json} content, UTF-8
     */
    static byte[] toBytes(Provenance provenance) {
        return GSON.toJson(provenance).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads and validates {@code model.json}.
     *
     * @param dir the model folder
     * @return the provenance
     * @throws GlyphException when the folder or file is missing, unreadable, not JSON, incomplete or too new
     */
    static Provenance read(Path dir) {
        Path json = dir.resolve(ModelFolder.MODEL_JSON);
        if (!Files.isDirectory(dir)) {
            throw new GlyphException("Model folder " + dir
                    + " does not exist; pass a folder written by 'glyph pretrain' or 'glyph transfer'.");
        }
        try {
            Provenance p = GSON.fromJson(Files.readString(json), Provenance.class);
            if (p == null
                    || p.architecture() == null
                    || p.classNames() == null
                    || p.classNames().isEmpty()
                    || p.inputShape() == null
                    || p.parameterSha256() == null) {
                throw new GlyphException("Model file " + json
                        + " lacks architecture, classes, input shape or checksum; it was not written by glyph.");
            }
            if (p.format() > Provenance.FORMAT) {
                throw new GlyphException("Model file " + json + " has format " + p.format()
                        + ", newer than this glyph understands (" + Provenance.FORMAT + "); upgrade glyph.");
            }
            return p;
        } catch (GlyphException e) {
            throw e.getMessage().startsWith("Model")
                    ? e
                    : new GlyphException("Model file " + json + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new GlyphException(
                    "Model folder " + dir + " has no " + ModelFolder.MODEL_JSON + "; it is not a glyph model folder.",
                    e);
        } catch (JsonParseException e) {
            throw new GlyphException(
                    "Model file " + json + " is not valid JSON (" + IoErrors.plainMessage(e) + ").", e);
        } catch (IOException e) {
            throw new GlyphException("Model file " + json + " cannot be read (" + IoErrors.reason(e) + ").", e);
        }
    }
}
