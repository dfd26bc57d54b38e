package org.glyphtransfer.transfer.store;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * The {@code model.json} of a model folder: {@link Provenance} as pretty-printed JSON (a number that
 * is not finite, e.g. a diverged loss, as {@code null}), and reading it back as untrusted input:
 * size-limited, parsed strictly, and checked field by field against {@link ModelJsonSchema} before
 * anything is built from it. Every problem becomes a user error that names the file (and the field).
 */
final class ModelJson {
    /** The largest model.json read; glyph writes a few kilobytes. */
    static final long MAX_BYTES = 16L << 20;

    private static final Gson GSON = FiniteJson.builder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .registerTypeAdapter(Phase.class, new PhaseJson().nullSafe())
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
     * @throws GlyphException when the folder or file is missing, unreadable, too big, not JSON, breaks the
     *     schema or is too new
     */
    static Provenance read(Path dir) {
        Path json = dir.resolve(ModelFolder.MODEL_JSON);
        if (!Files.isDirectory(dir)) {
            throw new GlyphException("Model folder " + dir
                    + " does not exist; pass a folder written by 'glyph pretrain' or 'glyph transfer'.");
        }
        String text;
        try {
            long size = Files.size(json);
            if (size > MAX_BYTES) {
                throw new GlyphException("Model file " + json + " is " + size + " bytes, more than the " + MAX_BYTES
                        + " a model.json may have; it was not written by glyph.");
            }
            text = Files.readString(json);
        } catch (NoSuchFileException e) {
            throw new GlyphException(
                    "Model folder " + dir + " has no " + ModelFolder.MODEL_JSON + "; it is not a glyph model folder.",
                    e);
        } catch (IOException e) {
            throw new GlyphException("Model file " + json + " cannot be read (" + IoErrors.reason(e) + ").", e);
        }
        return ModelJsonSchema.validate(json, parse(json, text));
    }

    /** Parses strictly: no comments, unquoted names, NaN or trailing content. */
    private static JsonElement parse(Path json, String text) {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("content after the end of the JSON value");
            }
            return root;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new GlyphException(
                    "Model file " + json + " is not valid JSON (" + IoErrors.plainMessage(e) + ").", e);
        }
    }
}
