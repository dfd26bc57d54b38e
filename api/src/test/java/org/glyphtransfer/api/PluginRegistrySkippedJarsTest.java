package org.glyphtransfer.api;

import static org.glyphtransfer.api.PluginRegistryFixtures.classPathOnly;
import static org.glyphtransfer.api.PluginRegistryFixtures.datasetSource;
import static org.glyphtransfer.api.PluginRegistryFixtures.modelSource;
import static org.glyphtransfer.api.PluginRegistryFixtures.names;
import static org.glyphtransfer.api.PluginRegistryFixtures.pluginsFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin registry skips the jars of a plugins folder it cannot load, naming each once with its
 * reason (a services entry naming a missing class, a class for a newer Java, a nameless plugin, a file
 * that is no jar or a truncated one), while the good jars beside them work.
 */
class PluginRegistrySkippedJarsTest {
    @TempDir
    Path temp;

    @Test
    void aServicesEntryNamingAMissingClassSkipsThatJarNamingTheClass() throws IOException {
        Path plugins = pluginsFolder(temp);
        new PluginJarBuilder()
                .service(DatasetProvider.class, "folderplugin.Vanished")
                .build(temp, plugins.resolve("broken.jar"));
        PluginRegistry registry = PluginRegistry.builder()
                .optPluginDirectory(plugins)
                .optUseEnvironment(false)
                .build();
        assertEquals(
                List.of("Plugin jar broken.jar was skipped: its services file names the class folderplugin.Vanished, "
                        + "which is not in the jar."),
                registry.problems());
        assertEquals(List.of(FixtureLettersDataset.NAME), names(registry.datasets()));
    }

    /** A good jar next to every kind of bad one: each bad jar is named once with its reason, the good one works. */
    @Test
    void unloadableJarsAreSkippedAndNamedOnceWithTheReasonWhileTheRestWork() throws IOException {
        Path plugins = pluginsFolder(temp);
        Path scratch = Files.createDirectories(temp.resolve("scratch"));
        new PluginJarBuilder()
                .source("good.Strokes", datasetSource("good.Strokes", "good-strokes"))
                .service(DatasetProvider.class, "good.Strokes")
                .build(temp, plugins.resolve("good.jar"));
        Path modern = new PluginJarBuilder()
                .source("modern.Cnn", modelSource("modern.Cnn", "modern-cnn"))
                .source("modern.Letters", datasetSource("modern.Letters", "modern-letters"))
                .service(ModelProvider.class, "modern.Cnn")
                .service(DatasetProvider.class, "modern.Letters")
                .build(temp, scratch.resolve("modern.jar"));
        PluginJars.patchClassVersion(modern, plugins.resolve("modern.jar"), 99);
        Path whole = new PluginJarBuilder()
                .source("cut.Cnn", modelSource("cut.Cnn", "cut-cnn"))
                .service(ModelProvider.class, "cut.Cnn")
                .build(temp, scratch.resolve("cut.jar"));
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(plugins.resolve("truncated.jar"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(plugins.resolve("notes.jar"), "this is not a zip file\n");
        new PluginJarBuilder()
                .source("nameless.Cnn", modelSource("nameless.Cnn", "x").replace("\"x\"", "null"))
                .service(ModelProvider.class, "nameless.Cnn")
                .build(temp, plugins.resolve("nameless.jar"));

        PluginRegistry registry = PluginRegistry.builder()
                .optPluginDirectory(plugins)
                .optUseEnvironment(false)
                .build();

        assertEquals(List.of(FixtureLettersDataset.NAME, "good-strokes"), names(registry.datasets()));
        assertEquals(List.of(FixtureLinearModel.NAME), names(registry.models()));
        List<String> problems = registry.problems();
        assertEquals(4, problems.size(), problems.toString());
        String java = String.valueOf(Runtime.version().feature());
        assertEquals(
                "Plugin jar modern.jar was skipped: its class modern.Letters was compiled for Java 55, newer than "
                        + "this Java " + java + " (rebuild the plugin with --release " + java
                        + " or run glyph on a newer Java).",
                problems.get(0));
        assertEquals(
                "Plugin jar nameless.jar was skipped: its class nameless.Cnn has no name (name() returned null).",
                problems.get(1));
        assertTrue(
                problems.get(2).startsWith("Plugin jar notes.jar was skipped: it is not a readable jar file ("),
                problems.get(2));
        assertTrue(
                problems.get(3).startsWith("Plugin jar truncated.jar was skipped: it is not a readable jar file ("),
                problems.get(3));
        for (String p : problems) {
            assertFalse(p.contains("\n") || p.contains("Exception") || p.contains("Error"), p);
            assertTrue(p.endsWith("; rebuild or copy it again.") || p.endsWith(").") || p.endsWith("null)."), p);
        }

        // Asking for a plugin that is not there names the skipped jars, since it may be in one of them.
        GlyphException e = assertThrows(GlyphException.class, () -> registry.model("cut-cnn"));
        assertTrue(
                e.getMessage()
                        .startsWith("Unknown model 'cut-cnn'; available: fixture-linear; not loaded: "
                                + "Plugin jar modern.jar was skipped: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("truncated.jar was skipped: it is not a readable jar"), e.getMessage());
        assertTrue(e.getMessage().endsWith("."), e.getMessage());
        // A registry without problems keeps the short message.
        assertEquals(
                "Unknown model 'cut-cnn'; available: fixture-linear.",
                assertThrows(GlyphException.class, () -> classPathOnly().model("cut-cnn"))
                        .getMessage());
    }
}
