package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every experiment file in examples/ passes {@code glyph run --check}: keys, types, plugins and options. */
class ExampleFilesTest {
    @Test
    void everyExperimentFileIsValid() throws IOException {
        Path examples = Path.of(System.getProperty("glyph.examples"));
        List<Path> files;
        try (Stream<Path> all = Files.list(examples)) {
            // Sweeps have their own format; plugin-example.yaml needs the example plugin's jar, which PluginExampleTest
            // builds.
            files = all.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().startsWith("sweep-"))
                    .filter(f -> !f.getFileName().toString().equals("plugin-example.yaml"))
                    .sorted()
                    .toList();
        }
        assertTrue(files.size() >= 5, "experiment files found: " + files);
        for (Path file : files) {
            CliRun run = CliRun.of("run", file.toString(), "--check");
            assertEquals(0, run.code, file + ": " + run);
            assertTrue(run.out.contains("valid"), file + ": " + run);
        }
    }
}
