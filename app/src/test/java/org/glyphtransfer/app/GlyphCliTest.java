package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code glyph} command line in this JVM: exit codes, user errors, versions, environment. */
class GlyphCliTest {
    @TempDir
    Path temp;

    private static void assertUserError(CliRun run, String firstLine) {
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        assertEquals(firstLine, run.err.strip(), run.toString());
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
    }

    @Test
    void unknownModelExitsTwoListingEveryAvailableName() {
        CliRun listing = CliRun.of("models", "--json");
        assertEquals(0, listing.code, listing.toString());
        CliRun run = CliRun.of("models", "--detail", "nope");
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        assertTrue(run.err.startsWith("glyph: Unknown model 'nope'; "), run.err);
        for (JsonElement model : JsonParser.parseString(listing.out).getAsJsonArray()) {
            String name = model.getAsJsonObject().get("name").getAsString();
            assertTrue(run.err.contains(name), name + " is not listed in: " + run.err);
        }
        assertTrue(run.err.contains("available: ") || run.err.contains("no model plugins are installed"), run.err);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
        assertEquals("", run.out);
    }

    @Test
    void layerTableFollowsTheModelOptionsGiven() {
        CliRun cut = CliRun.of("models", "--detail", "simple-cnn", "--model-option", "cut=flatten");
        assertEquals(0, cut.code, cut.toString());
        assertTrue(cut.out.matches("(?s).*\\nhead +dense256 +Linear.*"), cut.out);
        assertTrue(cut.out.contains("Backbone:        92,672 parameters"), cut.out);
        CliRun crop = CliRun.of("models", "--detail", "simple-cnn", "--model-option", "crop=22");
        assertEquals(0, crop.code, crop.toString());
        assertTrue(crop.out.matches("(?s).*\\nbackbone +crop +CentreCrop +\\(1, 22, 22\\) +0 .*"), crop.out);
        assertTrue(crop.out.contains("Total:          159,882 parameters"), crop.out);
        assertUserError(
                CliRun.of("models", "--model-option", "cut=flatten"),
                "glyph: --model-option shapes the layer table of one model: add --detail NAME.");
        assertUserError(
                CliRun.of("models", "--detail", "simple-cnn", "--model-option", "crop=10"),
                "glyph: Option 'crop' of model 'simple-cnn' must be 0 (no crop) or at least 22, the window the layers need, not 10.");
    }

    @Test
    void unknownDatasetExitsTwoWithoutStackTrace() {
        CliRun run = CliRun.of("datasets", "--detail", "nope");
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        assertTrue(run.err.startsWith("glyph: Unknown dataset 'nope'; "), run.err);
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
    }

    @Test
    void debugAddsTheStackTraceToAUserError() {
        CliRun run = CliRun.of("--debug", "models", "--detail", "nope");
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        assertTrue(run.err.startsWith("glyph: Unknown model 'nope'; "), run.err);
        assertTrue(CliRun.hasStackTrace(run.err), run.err);
        assertTrue(run.err.contains("org.glyphtransfer.api.GlyphException"), run.err);
        assertTrue(run.err.contains("at org.glyphtransfer.api.PluginRegistry"), run.err);
    }

    @Test
    void badDeviceExitsTwoNamingTheChoices() {
        assertUserError(
                CliRun.of("--device", "garbage", "env"),
                "glyph: Device 'garbage' is not valid; use auto, cpu, gpu or gpu:N (N = 0, 1, …).");
    }

    @Test
    void negativeThreadsExitTwo() {
        assertUserError(
                CliRun.of("--threads", "-1", "env"), "glyph: Threads must be 0 (one per core) or more, not -1.");
    }

    @Test
    void missingPluginsFolderExitsTwoNamingTheFolder() {
        Path missing = temp.resolve("no-plugins-here");
        CliRun run = CliRun.of("--plugins", missing.toString(), "datasets");
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        assertTrue(
                run.err.startsWith("glyph: Plugins folder " + missing.toAbsolutePath() + " does not exist"), run.err);
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
    }

    @Test
    void unknownCommandLineOptionExitsTwoPointingToHelp() {
        CliRun run = CliRun.of("datasets", "--bogus");
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        assertTrue(run.err.contains("'--bogus'"), run.err);
        assertTrue(run.err.strip().endsWith("Try 'glyph datasets --help'."), run.err);
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
    }

    @Test
    void versionNamesGlyphDjlAndPyTorch() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.code, run.toString());
        assertEquals("glyph 0.1.0-SNAPSHOT (DJL 0.35.1, PyTorch 2.7.1)", run.out.strip());
    }

    @Test
    void envJsonReportsPyTorch271OnTheCpu() {
        CliRun run = CliRun.of("--device", "cpu", "--threads", "1", "--seed", "9", "env", "--json");
        assertEquals(0, run.code, run.toString());
        JsonObject env = JsonParser.parseString(run.out).getAsJsonObject();
        assertEquals("PyTorch", env.get("engine").getAsString());
        assertEquals("2.7.1", env.get("engineVersion").getAsString());
        assertEquals("cpu", env.get("device").getAsString());
        assertEquals(1, env.get("threads").getAsInt());
        assertEquals(9, env.get("seed").getAsLong());
        assertTrue(env.get("offline").getAsBoolean());
        assertEquals("(none)", env.get("plugins").getAsString());
    }

    @Test
    void envReportsTheDataRootGivenOnTheCommandLine() {
        CliRun run = CliRun.of("--device", "cpu", "--threads", "1", "--data-root", temp.toString(), "env", "--json");
        assertEquals(0, run.code, run.toString());
        JsonObject env = JsonParser.parseString(run.out).getAsJsonObject();
        assertEquals(
                temp.toAbsolutePath().normalize().toString(),
                env.get("dataRoot").getAsString());
        assertEquals("--data-root", env.get("dataRootFrom").getAsString());
        assertTrue(env.get("dataRootExists").getAsBoolean());
    }

    @Test
    void envAsTextIsATableOfKeysAndValues() {
        CliRun run = CliRun.of("--device", "cpu", "--threads", "1", "env");
        assertEquals(0, run.code, run.toString());
        assertTrue(run.out.startsWith("KEY"), run.out);
        assertTrue(run.row("engine").matches("engine\\s+PyTorch"), run.out);
        assertTrue(run.row("engineVersion").matches("engineVersion\\s+2\\.7\\.1"), run.out);
        assertTrue(run.row("device").matches("device\\s+cpu"), run.out);
    }
}
