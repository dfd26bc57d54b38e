package org.glyphtransfer.api;

import static org.glyphtransfer.api.PluginRegistryFixtures.classPathOnly;
import static org.glyphtransfer.api.PluginRegistryFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.core.Linear;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plugin registry over the plugins registered on the class path: it finds them, a model it hands
 * out builds backbone and head, an unknown name lists the available ones and suggests the closest (or
 * says that none are installed), and plugin options are checked against the plugin's schema.
 */
class PluginRegistryClassPathTest {
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
