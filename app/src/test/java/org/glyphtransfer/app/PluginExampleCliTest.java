package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin project, built in this JVM and dropped into a plugins folder, works on the
 * command line like a built-in plugin: {@code datasets} and {@code models} list it with its jar as
 * origin, its options and layer names (also as JSON), suggest it for a near-miss name, and {@code
 * pretrain} and {@code transfer} train it and freeze up to one of its named layers.
 */
class PluginExampleCliTest {
    @TempDir
    static Path temp;

    private static Path plugins;

    @BeforeAll
    static void buildExamplePlugin() throws IOException {
        plugins = ExamplePluginJar.inPluginsFolder(temp);
    }

    private static CliRun glyph(String... args) {
        String[] withPlugins = new String[args.length + 2];
        withPlugins[0] = "--plugins";
        withPlugins[1] = plugins.toString();
        System.arraycopy(args, 0, withPlugins, 2, args.length);
        return CliRun.of(withPlugins);
    }

    @Test
    void datasetsListsTheExampleWithItsJarAsOrigin() {
        CliRun run = glyph("datasets");
        assertEquals(0, run.code, run.toString());
        String row = run.row("synthetic-strokes");
        assertNotNull(row, run.toString());
        assertTrue(row.endsWith(ExamplePluginJar.JAR_NAME), row);
        assertTrue(row.contains("Seeded synthetic stroke glyphs"), row);
    }

    @Test
    void modelsListsTheExampleWithItsJarAsOrigin() {
        CliRun run = glyph("models");
        assertEquals(0, run.code, run.toString());
        String row = run.row("tiny-cnn");
        assertNotNull(row, run.toString());
        assertTrue(row.endsWith(ExamplePluginJar.JAR_NAME), row);
    }

    @Test
    void withoutThePluginsFolderTheExampleIsNotListed() {
        CliRun run = CliRun.of("datasets");
        assertEquals(0, run.code, run.toString());
        assertFalse(run.out.contains("synthetic-strokes"), run.out);
    }

    @Test
    void detailShowsTheDatasetsOptionsWithDefaults() {
        CliRun run = glyph("datasets", "--detail", "synthetic-strokes");
        assertEquals(0, run.code, run.toString());
        assertTrue(
                run.out.contains(
                        "from: " + ExamplePluginJar.JAR_NAME + " (org.glyphtransfer.examples.SyntheticStrokesDataset)"),
                run.out);
        String train = run.row("trainPerClass");
        assertNotNull(train, run.out);
        assertTrue(
                train.matches(
                        "trainPerClass\\s+200\\s+a whole number in \\[1, 20000\\]\\s+Training images per class\\."),
                train);
        assertTrue(run.row("noise").matches("noise\\s+0\\.05\\s+a number in \\[0, 0\\.5\\].*"), run.out);
        for (String key : List.of("validationPerClass", "testPerClass", "size")) {
            assertNotNull(run.row(key), key + " missing in\n" + run.out);
        }
    }

    @Test
    void detailListsTheLayerNamesThePluginGaveThroughTheApi() {
        CliRun run = glyph("models", "--detail", "tiny-cnn");
        assertEquals(0, run.code, run.toString());
        for (String layer : List.of("conv", "relu1", "pool", "flatten", "features", "relu2")) {
            assertTrue(
                    java.util.regex.Pattern.compile("(?m)^backbone\\s+" + layer + "\\s")
                            .matcher(run.out)
                            .find(),
                    layer + " missing in\n" + run.out);
        }
    }

    @Test
    void theCommandLineTrainsThePluginAndFreezesUpToANamedLayer() {
        Path source = temp.resolve("strokes-model");
        CliRun pretrain = glyph(
                "pretrain",
                "--model",
                "tiny-cnn",
                "--dataset",
                "synthetic-strokes",
                "--option",
                "trainPerClass=60",
                "--epochs",
                "3",
                "--batch",
                "20",
                "--out",
                source.toString(),
                "--device",
                "cpu",
                "--quiet");
        assertEquals(0, pretrain.code, pretrain.toString());
        CliRun transfer = glyph(
                "transfer",
                "--from",
                source.toString(),
                "--dataset",
                "synthetic-strokes",
                "--option",
                "trainPerClass=20",
                "--recipe",
                "reference-study",
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1",
                "--freeze",
                "upto:pool",
                "--out",
                temp.resolve("strokes-transfer").toString(),
                "--device",
                "cpu",
                "--quiet");
        assertEquals(0, transfer.code, transfer.toString());
        CliRun wrong = glyph(
                "transfer",
                "--from",
                source.toString(),
                "--dataset",
                "synthetic-strokes",
                "--freeze",
                "upto:Conv2d",
                "--out",
                temp.resolve("strokes-wrong").toString(),
                "--device",
                "cpu",
                "--quiet");
        assertEquals(GlyphMain.USER_ERROR, wrong.code, wrong.toString());
        assertTrue(wrong.err.contains("layers: conv, relu1, pool, flatten, features, relu2."), wrong.err);
    }

    @Test
    void jsonListingNamesTheJarAndTheOptions() {
        CliRun run = glyph("models", "--json");
        assertEquals(0, run.code, run.toString());
        JsonObject tiny = null;
        for (JsonElement e : JsonParser.parseString(run.out).getAsJsonArray()) {
            if (e.getAsJsonObject().get("name").getAsString().equals("tiny-cnn")) {
                tiny = e.getAsJsonObject();
            }
        }
        assertNotNull(tiny, run.out);
        assertEquals(ExamplePluginJar.JAR_NAME, tiny.get("from").getAsString());
        JsonArray options = tiny.getAsJsonArray("options");
        assertEquals("filters", options.get(0).getAsJsonObject().get("key").getAsString());
        assertEquals("8", options.get(0).getAsJsonObject().get("default").getAsString());
        assertEquals("integer", options.get(0).getAsJsonObject().get("type").getAsString());
    }

    @Test
    void unknownNameListsTheExamplePluginsAndSuggestsTheClosest() {
        CliRun run = glyph("models", "--detail", "tiny-cnm");
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        assertTrue(
                run.err.startsWith("glyph: Unknown model 'tiny-cnm' (did you mean 'tiny-cnn'?); available: "), run.err);
        assertTrue(run.err.contains("tiny-cnn"), run.err);
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
    }
}
