package org.glyphtransfer.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.deploy.ServingKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the factories accept from {@code serving.properties}, and the one sentence for what they do not. */
class ServingArgumentsTest {
    @TempDir
    Path dir;

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private Map<String, Object> written() throws Exception {
        byte[] params = {1, 2, 3};
        byte[] synset = "a\nb\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("model-0000.params"), params);
        Files.write(dir.resolve(ServingKeys.SYNSET), synset);
        Map<String, Object> a = new HashMap<>();
        a.put(ServingKeys.ARCHITECTURE, "simple-cnn");
        a.put(ServingKeys.ARCHITECTURE_OPTION + "crop", "22");
        a.put(ServingKeys.DATASET, "letter-folders");
        a.put(ServingKeys.DATASET_OPTION + "preprocess", "mnist");
        a.put(ServingKeys.INPUT_SHAPE, "1,28,28");
        a.put(ServingKeys.CLASSES, "2");
        a.put(ServingKeys.PARAMETER_FILE, "model-0000.params");
        a.put(ServingKeys.PARAMETER_SHA256, sha256(params));
        a.put(ServingKeys.SYNSET_SHA256, sha256(synset));
        a.put("engine", "PyTorch");
        return a;
    }

    @Test
    void readsWhatGlyphWrites() throws Exception {
        ServingArguments a = ServingArguments.of(dir, written());
        assertEquals(Map.of("crop", "22"), a.architectureOptions());
        assertEquals(Map.of("preprocess", "mnist"), a.datasetOptions());
        assertEquals(new Shape(1, 28, 28), a.shape().input());
        assertEquals(new Shape(1, 1, 28, 28), a.batchShape());
        assertEquals(List.of("a", "b"), a.classNames());
        a.checkParameters();
    }

    @Test
    void aMissingOrMalformedKeyIsOneSentenceNamingTheFolder() throws Exception {
        Map<String, Object> a = written();
        a.remove(ServingKeys.ARCHITECTURE);
        assertEquals(
                "Model folder " + dir + ": serving.properties is not as glyph writes it (it has no"
                        + " 'glyph.architecture'); save the model again with glyph.",
                assertThrows(IllegalArgumentException.class, () -> ServingArguments.of(dir, a))
                        .getMessage());
        Map<String, Object> b = written();
        b.put(ServingKeys.INPUT_SHAPE, "1,28");
        assertEquals(
                "Model folder " + dir + ": serving.properties is not as glyph writes it ('glyph.inputShape' must be"
                        + " C,H,W of positive numbers, not '1,28'); save the model again with glyph.",
                assertThrows(IllegalArgumentException.class, () -> ServingArguments.of(dir, b))
                        .getMessage());
    }

    @Test
    void filesFromAnotherSaveAreRefused() throws Exception {
        ServingArguments a = ServingArguments.of(dir, written());
        Files.write(dir.resolve("model-0000.params"), new byte[] {1, 2, 4});
        assertEquals(
                "Parameter file " + dir.resolve("model-0000.params") + " does not match the checksum in"
                        + " serving.properties (truncated, edited or left by an interrupted save); copy the model"
                        + " folder again, or save the model again with glyph.",
                assertThrows(IOException.class, a::checkParameters).getMessage());
        Files.writeString(dir.resolve(ServingKeys.SYNSET), "b\na\n");
        assertEquals(
                "Class file " + dir.resolve(ServingKeys.SYNSET) + " is not the one serving.properties was written"
                        + " with (edited, or left by an interrupted save); copy the model folder again, or save the"
                        + " model again with glyph.",
                assertThrows(IOException.class, a::classNames).getMessage());
    }
}
