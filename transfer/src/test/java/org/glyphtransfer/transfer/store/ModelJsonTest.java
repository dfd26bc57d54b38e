package org.glyphtransfer.transfer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphtransfer.api.GlyphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ModelJson#read} on model.json files that glyph did not write. */
class ModelJsonTest {
    @TempDir
    Path dir;

    @Test
    void aMissingInputShapeIsReportedNotThrownAsNullPointer() throws IOException {
        Files.writeString(
                dir.resolve(ModelFolder.MODEL_JSON),
                "{\"architecture\": \"linear\", \"classNames\": [\"a\", \"b\"], \"parameterSha256\": \"00\"}");
        GlyphException e = assertThrows(GlyphException.class, () -> ModelFolder.readProvenance(dir));
        assertEquals(
                "Model file " + dir.resolve(ModelFolder.MODEL_JSON)
                        + " lacks architecture, classes, input shape or checksum; it was not written by glyph.",
                e.getMessage());
    }
}
