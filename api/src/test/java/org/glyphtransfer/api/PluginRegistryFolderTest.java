package org.glyphtransfer.api;

import static org.glyphtransfer.api.PluginRegistryFixtures.classPathOnly;
import static org.glyphtransfer.api.PluginRegistryFixtures.datasetSource;
import static org.glyphtransfer.api.PluginRegistryFixtures.modelSource;
import static org.glyphtransfer.api.PluginRegistryFixtures.names;
import static org.glyphtransfer.api.PluginRegistryFixtures.pluginsFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin registry over a plugins folder: it finds the plugins in the folder's jars next to the
 * built-in ones, with a library jar beside them on one class path; an empty folder adds nothing; two
 * plugins with one name are an error naming both classes; and a missing folder, or a file in its
 * place, is a user error.
 */
class PluginRegistryFolderTest {
    @TempDir
    Path temp;

    @Test
    void aPluginsLibraryShipsAsAJarInTheSameFolder() throws IOException {
        Path plugins = pluginsFolder(temp);
        Path library = new PluginJarBuilder()
                .source(
                        "shippedlib.Names",
                        "package shippedlib;\npublic final class Names {\n"
                                + "  public static String plugin() { return \"needs-a-library\"; }\n}\n")
                .build(temp, plugins.resolve("names-library.jar"));
        new PluginJarBuilder()
                .compileAgainst(library)
                .source(
                        "libplugin.NeedsLibrary",
                        datasetSource("libplugin.NeedsLibrary", "x")
                                .replace("return \"x\";", "return shippedlib.Names.plugin();"))
                .service(DatasetProvider.class, "libplugin.NeedsLibrary")
                .build(temp, plugins.resolve("needs-library-plugin.jar"));
        PluginRegistry registry = PluginRegistry.builder()
                .optPluginDirectory(plugins)
                .optUseEnvironment(false)
                .build();
        assertEquals(List.of(), registry.problems());
        assertEquals("needs-library-plugin.jar", registry.origin(registry.dataset("needs-a-library")));
    }

    @Test
    void findsPluginsInJarsOfThePluginsFolder() throws IOException {
        Path plugins = pluginsFolder(temp);
        new PluginJarBuilder()
                .source("folderplugin.StrokesDataset", datasetSource("folderplugin.StrokesDataset", "folder-strokes"))
                .source("folderplugin.TinyModel", modelSource("folderplugin.TinyModel", "folder-tiny"))
                .service(DatasetProvider.class, "folderplugin.StrokesDataset")
                .service(ModelProvider.class, "folderplugin.TinyModel")
                .build(temp, plugins.resolve("strokes-plugin.jar"));
        Files.writeString(plugins.resolve("README.txt"), "not a jar, ignored");

        PluginRegistry registry = PluginRegistry.builder()
                .optPluginDirectory(plugins)
                .optUseEnvironment(false)
                .build();

        assertEquals(List.of(FixtureLettersDataset.NAME, "folder-strokes"), names(registry.datasets()));
        assertEquals(List.of(FixtureLinearModel.NAME, "folder-tiny"), names(registry.models()));
        DatasetProvider fromJar = registry.dataset("folder-strokes");
        assertNotSame(getClass().getClassLoader(), fromJar.getClass().getClassLoader());
        assertEquals("strokes-plugin.jar", registry.origin(fromJar));
        assertEquals("strokes-plugin.jar", registry.origin(registry.model("folder-tiny")));
        assertEquals("built-in", registry.origin(registry.dataset(FixtureLettersDataset.NAME)));
        assertEquals(
                plugins.toAbsolutePath().normalize(), registry.pluginDirectory().orElseThrow());
        // The same class path without the folder does not see the jar's plugins.
        assertThrows(GlyphException.class, () -> classPathOnly().dataset("folder-strokes"));
    }

    @Test
    void anEmptyPluginsFolderAddsNothing() throws IOException {
        PluginRegistry registry = PluginRegistry.builder()
                .optPluginDirectory(pluginsFolder(temp))
                .optUseEnvironment(false)
                .build();
        assertEquals(List.of(FixtureLettersDataset.NAME), names(registry.datasets()));
    }

    @Test
    void twoDatasetsWithOneNameAreAnErrorNamingBothClasses() throws IOException {
        Path plugins = pluginsFolder(temp);
        new PluginJarBuilder()
                .source(
                        "folderplugin.OtherLetters",
                        datasetSource("folderplugin.OtherLetters", FixtureLettersDataset.NAME))
                .service(DatasetProvider.class, "folderplugin.OtherLetters")
                .build(temp, plugins.resolve("letters.jar"));
        PluginRegistry.Builder builder =
                PluginRegistry.builder().optPluginDirectory(plugins).optUseEnvironment(false);
        GlyphException e = assertThrows(GlyphException.class, builder::build);
        assertEquals(
                "Two dataset plugins are named 'fixture-letters': org.glyphtransfer.api.FixtureLettersDataset and "
                        + "folderplugin.OtherLetters; remove one of their jars or rename one plugin.",
                e.getMessage());
    }

    @Test
    void twoModelsWithOneNameInTwoJarsAreAnErrorNamingBothClasses() throws IOException {
        Path plugins = pluginsFolder(temp);
        new PluginJarBuilder()
                .source("first.Cnn", modelSource("first.Cnn", "cnn"))
                .service(ModelProvider.class, "first.Cnn")
                .build(temp, plugins.resolve("a.jar"));
        new PluginJarBuilder()
                .source("second.Cnn", modelSource("second.Cnn", "cnn"))
                .service(ModelProvider.class, "second.Cnn")
                .build(temp, plugins.resolve("b.jar"));
        PluginRegistry.Builder builder =
                PluginRegistry.builder().optPluginDirectory(plugins).optUseEnvironment(false);
        GlyphException e = assertThrows(GlyphException.class, builder::build);
        assertTrue(e.getMessage().startsWith("Two model plugins are named 'cnn': "), e.getMessage());
        assertTrue(e.getMessage().contains("first.Cnn") && e.getMessage().contains("second.Cnn"), e.getMessage());
    }

    @Test
    void missingPluginsFolderIsAUserError() {
        Path missing = temp.resolve("no-such-folder");
        PluginRegistry.Builder builder =
                PluginRegistry.builder().optPluginDirectory(missing).optUseEnvironment(false);
        GlyphException e = assertThrows(GlyphException.class, builder::build);
        assertTrue(
                e.getMessage().startsWith("Plugins folder " + missing.toAbsolutePath() + " does not exist"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--plugins"), e.getMessage());
    }

    @Test
    void aFileGivenAsPluginsFolderIsAUserError() throws IOException {
        Path file = Files.writeString(temp.resolve("plugin.jar"), "x");
        PluginRegistry.Builder builder =
                PluginRegistry.builder().optPluginDirectory(file).optUseEnvironment(false);
        GlyphException e = assertThrows(GlyphException.class, builder::build);
        assertTrue(
                e.getMessage().contains(file.toAbsolutePath() + " does not exist or is not a folder"), e.getMessage());
    }
}
