package org.glyphtransfer.transfer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes the library's types catch at compile time: a dataset where a model belongs, and the reverse. */
class ApiTypesTest {
    @TempDir
    Path dir;

    @Test
    void aDatasetIsNotAModelAndAModelIsNotADataset() throws IOException {
        assertTrue(compiles("Pretraining.of(Glyph.model(\"simple-cnn\")).on(Glyph.dataset(\"mnist\"));"));
        assertFalse(compiles("Pretraining.of(Glyph.dataset(\"mnist\"));"));
        assertFalse(compiles("Pretraining.of(Glyph.model(\"simple-cnn\")).on(Glyph.model(\"lenet5\"));"));
        assertFalse(compiles("Transfer.from(java.nio.file.Path.of(\"m\")).on(Glyph.model(\"lenet5\"));"));
    }

    private boolean compiles(String statement) throws IOException {
        Path source = dir.resolve("Snippet.java");
        Files.writeString(
                source,
                "import org.glyphtransfer.transfer.*;\nclass Snippet {\n    void run() {\n        " + statement
                        + "\n    }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(
                null,
                null,
                java.io.OutputStream.nullOutputStream(),
                "-d",
                dir.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                source.toString());
        return code == 0;
    }
}
