package org.glyphtransfer.transfer.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.LambdaBlock;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glyphtransfer.api.GlyphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ModelFolder#save} when the disk fills up: a clear error, and nothing half-written left behind. */
class ModelFolderSaveTest {
    @TempDir
    Path temp;

    /** A block that writes some bytes, then fails as a full disk makes it fail (or not). */
    private static LambdaBlock block(byte[] content, boolean diskFull) {
        return new LambdaBlock(x -> x) {
            @Override
            public void saveParameters(DataOutputStream os) throws IOException {
                os.write(content);
                if (diskFull) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    private static Provenance provenance() {
        return Provenance.builder()
                .architecture("linear", Map.of())
                .classes(List.of("a", "b"), new long[] {1, 28, 28})
                .dataset("idx", Map.of(), Map.of("train", 2))
                .build();
    }

    @Test
    void fullDiskLeavesNoFolderBehind() {
        Path dir = temp.resolve("runs/model");
        GlyphException e = assertThrows(
                GlyphException.class, () -> ModelFolder.save(dir, block(new byte[4096], true), provenance()));
        assertEquals("Could not write the model to " + dir + ": No space left on device.", e.getMessage());
        assertFalse(Files.exists(temp.resolve("runs")), "the folders the failed save created are removed");
    }

    @Test
    void fullDiskKeepsTheEarlierModelIntact() throws IOException {
        Path dir = temp.resolve("model");
        ModelFolder.save(dir, block(new byte[] {1, 2, 3}, false), provenance());
        byte[] params = Files.readAllBytes(dir.resolve(ModelFolder.NETWORK_PARAMETERS));
        String json = Files.readString(dir.resolve(ModelFolder.MODEL_JSON));

        assertThrows(
                GlyphException.class, () -> ModelFolder.save(dir, block(new byte[] {9, 9, 9, 9}, true), provenance()));

        assertArrayEquals(params, Files.readAllBytes(dir.resolve(ModelFolder.NETWORK_PARAMETERS)));
        assertEquals(json, Files.readString(dir.resolve(ModelFolder.MODEL_JSON)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of(ModelFolder.NETWORK_PARAMETERS, ModelFolder.MODEL_JSON, "serving.properties", "synset.txt"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary files are left");
        }
    }

    @Test
    void brokenModelJsonIsReportedWithoutExceptionNames() throws IOException {
        Path dir = temp.resolve("broken");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ModelFolder.MODEL_JSON), "{\"architecture\": \"linear\", oops\n");
        GlyphException e = assertThrows(GlyphException.class, () -> ModelFolder.readProvenance(dir));
        assertTrue(
                e.getMessage().startsWith("Model file " + dir.resolve(ModelFolder.MODEL_JSON) + " is not valid JSON ("),
                e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }
}
