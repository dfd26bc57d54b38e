package org.glyphtransfer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.core.Linear;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {
    @TempDir
    Path temp;

    private static PluginRegistry classPathOnly() {
        return PluginRegistry.builder().optUseEnvironment(false).build();
    }

    private static List<String> names(List<? extends Plugin> plugins) {
        return plugins.stream().map(Plugin::name).collect(Collectors.toList());
    }

    private static String datasetSource(String className, String name) {
        int dot = className.lastIndexOf('.');
        return "package " + className.substring(0, dot) + ";\n"
                + "import org.glyphtransfer.api.*;\n"
                + "public final class " + className.substring(dot + 1) + " implements DatasetProvider {\n"
                + "  public String name() { return \"" + name + "\"; }\n"
                + "  public String description() { return \"From a plugin jar.\"; }\n"
                + "  public GlyphDataset load(DatasetRequest r) { throw new UnsupportedOperationException(); }\n"
                + "}\n";
    }

    private static String modelSource(String className, String name) {
        int dot = className.lastIndexOf('.');
        return "package " + className.substring(0, dot) + ";\n"
                + "import org.glyphtransfer.api.*;\n"
                + "public final class " + className.substring(dot + 1) + " implements ModelProvider {\n"
                + "  public String name() { return \"" + name + "\"; }\n"
                + "  public String description() { return \"From a plugin jar.\"; }\n"
                + "  public ModelParts build(ModelRequest r) { throw new UnsupportedOperationException(); }\n"
                + "}\n";
    }

    private Path pluginsFolder() throws IOException {
        return Files.createDirectories(temp.resolve("plugins"));
    }

    @Test
    void findsPluginsRegisteredOnTheClassPath() {
        PluginRegistry registry = classPathOnly();
        assertEquals(List.of(FixtureLettersDataset.NAME), names(registry.datasets()));
        assertEquals(List.of(FixtureLinearModel.NAME), names(registry.models()));
        assertTrue(registry.dataset(FixtureLettersDataset.NAME) instanceof FixtureLettersDataset);
        assertEquals("built-in", registry.origin(registry.model(FixtureLinearModel.NAME)));
        assertTrue(registry.pluginDirectory().isEmpty());
    }

    @Test
    void modelFromTheRegistryBuildsBackboneAndHeadForTheClassCount() {
        ModelProvider model = classPathOnly().model(FixtureLinearModel.NAME);
        ModelParts parts = model.build(ModelRequest.builder(model.parseOptions(Map.of("bias", "false")), 26)
                .build());
        assertTrue(parts.head() instanceof Linear);
        assertEquals(
                List.of(parts.backbone(), parts.head()),
                parts.network().getChildren().values());
        assertFalse(parts.pretrainedBackbone());
        ModelParts transferred = parts.withHead(Linear.builder().setUnits(10).build());
        assertSame(parts.backbone(), transferred.backbone());
        assertTrue(transferred.pretrainedBackbone());
    }

    @Test
    void unknownNameListsTheAvailableNamesAndSuggestsTheClosest() {
        PluginRegistry registry = classPathOnly();
        GlyphException typo = assertThrows(GlyphException.class, () -> registry.dataset("fixture-leters"));
        assertEquals(
                "Unknown dataset 'fixture-leters' (did you mean 'fixture-letters'?); available: fixture-letters.",
                typo.getMessage());
        GlyphException far = assertThrows(GlyphException.class, () -> registry.model("resnet152"));
        assertEquals("Unknown model 'resnet152'; available: fixture-linear.", far.getMessage());
    }

    @Test
    void unknownNameWithNoPluginsSaysNoneAreInstalled() {
        // A loader that sees neither the test resources nor any plugin jar.
        ClassLoader empty = new URLClassLoader(new URL[0], null);
        PluginRegistry registry = PluginRegistry.builder()
                .optClassLoader(empty)
                .optUseEnvironment(false)
                .build();
        assertTrue(registry.datasets().isEmpty());
        GlyphException e = assertThrows(GlyphException.class, () -> registry.dataset("mnist"));
        assertEquals("Unknown dataset 'mnist'; no dataset plugins are installed.", e.getMessage());
    }

    @Test
    void aPluginsLibraryShipsAsAJarInTheSameFolder() throws IOException {
        Path plugins = pluginsFolder();
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
        Path plugins = pluginsFolder();
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
                .optPluginDirectory(pluginsFolder())
                .optUseEnvironment(false)
                .build();
        assertEquals(List.of(FixtureLettersDataset.NAME), names(registry.datasets()));
    }

    @Test
    void twoDatasetsWithOneNameAreAnErrorNamingBothClasses() throws IOException {
        Path plugins = pluginsFolder();
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
        Path plugins = pluginsFolder();
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

    @Test
    void aServicesEntryNamingAMissingClassSkipsThatJarNamingTheClass() throws IOException {
        Path plugins = pluginsFolder();
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
        Path plugins = pluginsFolder();
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

    @Test
    void pluginOptionsAreValidatedAgainstThePluginsSchema() {
        DatasetProvider letters = classPathOnly().dataset(FixtureLettersDataset.NAME);
        PluginOptions options = letters.parseOptions(Map.of("onBadFile", "SKIP"));
        assertEquals("skip", options.getString("onBadFile"));
        assertEquals(28, options.getInt("size"));
        GlyphException e = assertThrows(GlyphException.class, () -> letters.parseOptions(Map.of("sise", "32")));
        assertEquals(
                "Unknown option 'sise' for dataset 'fixture-letters' (did you mean 'size'?); "
                        + "known keys: size, onBadFile.",
                e.getMessage());
        ModelProvider linear = classPathOnly().model(FixtureLinearModel.NAME);
        GlyphException m = assertThrows(GlyphException.class, () -> linear.parseOptions(Map.of("bias", "maybe")));
        assertEquals(
                "Option 'bias' of model 'fixture-linear' does not accept 'maybe'; expected true or false.",
                m.getMessage());
    }
}
