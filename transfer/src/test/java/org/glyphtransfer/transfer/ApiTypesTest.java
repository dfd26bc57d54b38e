package org.glyphtransfer.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes the library's types catch at compile time (a dataset where a model belongs, and the reverse),
 * and what a program can do without naming types of the engine module or DJL.
 */
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

    @Test
    void seedThreadsAndDeviceNeedNoEngineTypes() throws IOException {
        String classPath = System.getProperty("java.class.path");
        String withoutEngine = java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("engine-djl") && !entry.contains("ai/djl"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        assertTrue(compiles(
                "String device = GlyphRuntime.builder().optSeed(7).optThreads(1).optDevice(\"cpu\").build().device();",
                withoutEngine));
        GlyphRuntime rt = GlyphRuntime.builder()
                .optRegistry(org.glyphtransfer.api.PluginRegistry.builder()
                        .optUseEnvironment(false)
                        .build())
                .optSeed(7)
                .optThreads(1)
                .optDevice("cpu")
                .build();
        assertEquals(7, rt.seed());
        assertEquals(1, rt.engineOptions().threads());
        assertEquals("cpu", rt.device());
    }

    private boolean compiles(String statement) throws IOException {
        return compiles(statement, System.getProperty("java.class.path"));
    }

    private boolean compiles(String statement, String classPath) throws IOException {
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
                classPath,
                source.toString());
        return code == 0;
    }
}
