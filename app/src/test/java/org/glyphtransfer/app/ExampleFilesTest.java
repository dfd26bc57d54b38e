package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glyphtransfer.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every experiment file in examples/ passes {@code glyph run --check}: keys, types, plugins and options. */
class ExampleFilesTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("glyph.examples"));

    @Test
    void everyExperimentFileIsValid() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(EXAMPLES)) {
            // Sweeps have their own format; plugin-example.yaml needs the example plugin's jar, which the
            // PluginExample*Test classes build.
            files = all.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().startsWith("sweep-"))
                    .filter(f -> !f.getFileName().toString().equals("plugin-example.yaml"))
                    .sorted()
                    .toList();
        }
        assertTrue(files.size() >= 8, "experiment files found: " + files);
        for (String reference : List.of("deep-bn-cnn", "small-cnn", "keras-cnn")) {
            assertTrue(files.contains(EXAMPLES.resolve("reference-" + reference + ".yaml")), reference);
        }
        for (Path file : files) {
            CliRun run = CliRun.of("run", file.toString(), "--check");
            assertEquals(0, run.code, file + ": " + run);
            assertTrue(run.out.contains("valid"), file + ": " + run);
        }
    }

    /** The README runs examples from the repository's top; each writes under its ignored runs/ folder. */
    @Test
    void everyExampleWritesUnderTheRepositoryRunsFolder() throws IOException {
        Path runs = EXAMPLES.toAbsolutePath().normalize().resolveSibling("runs");
        try (Stream<Path> all = Files.list(EXAMPLES)) {
            for (Path file : all.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String out = Files.readAllLines(file).stream()
                        .filter(line -> line.startsWith("out:"))
                        .map(line -> line.substring(4).replaceAll("#.*", "").trim())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(file + " has no out key"));
                Path resolved = file.toAbsolutePath().getParent().resolve(out).normalize();
                assertTrue(resolved.startsWith(runs), file + " writes to " + resolved + ", not under " + runs);
            }
        }
    }

    /**
     * A reference example has no transfer section: it pretrains, reports and stops. Its settings run as written;
     * only the dataset (the 2,600 letters instead of 60,000 digits) and the epochs are changed to keep the test short.
     */
    @Test
    void aPretrainOnlyExampleTrainsWithItsSettingsAndStops(@TempDir Path out) throws IOException {
        Path data = RealData.root("this test trains on the real data");
        CliRun run = CliRun.of(
                "run",
                EXAMPLES.resolve("reference-small-cnn.yaml").toString(),
                "--set",
                "pretrain.dataset=az-csv",
                "--set",
                "pretrain.epochs=1",
                "--out",
                out.toString(),
                "--data-root",
                data.toString(),
                "--device",
                "cpu",
                "--quiet");
        assertEquals(0, run.code, run.toString());
        assertTrue(Files.exists(out.resolve("pretrained/report.md")), run.toString());
        assertFalse(Files.exists(out.resolve("transfer")), "no transfer section, no transfer");
        JsonObject model = JsonParser.parseString(Files.readString(out.resolve("pretrained/model.json")))
                .getAsJsonObject();
        assertEquals("small-cnn", model.get("architecture").getAsString());
        assertEquals(
                "0.3",
                model.getAsJsonObject("datasetOptions").get("valFraction").getAsString());
        JsonObject phase = model.getAsJsonObject("training")
                .getAsJsonArray("phases")
                .get(0)
                .getAsJsonObject();
        assertEquals(64, phase.get("batchSize").getAsInt());
        assertEquals("fixed", phase.get("schedule").getAsString(), "the reference recipe keeps the rate constant");
        assertEquals(0.0, phase.get("labelSmoothing").getAsDouble());
        assertTrue(run.out.contains("pretrain small-cnn on az-csv"), run.out);
    }
}
