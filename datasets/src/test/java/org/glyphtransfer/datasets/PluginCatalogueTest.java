package org.glyphtransfer.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.PluginRegistry;
import org.junit.jupiter.api.Test;

class PluginCatalogueTest {
    @Test
    void everyPluginIsFoundWithDescribedOptions() {
        PluginRegistry registry =
                PluginRegistry.builder().optUseEnvironment(false).build();
        List<String> names =
                registry.datasets().stream().map(DatasetProvider::name).toList();
        assertTrue(
                names.containsAll(List.of(
                        "mnist", "idx", "fashion-mnist", "emnist-letters", "az-csv", "letter-folders", "merge")),
                names.toString());
        for (DatasetProvider plugin : registry.datasets()) {
            assertFalse(plugin.description().isBlank(), plugin.name());
            for (OptionSpec spec : plugin.options().specs()) {
                assertFalse(spec.description().isBlank(), plugin.name() + " option " + spec.key());
            }
            // Defaults must parse with the plugin's own schema.
            assertEquals(
                    plugin.options().specs().stream()
                            .filter(s -> s.defaultValue() != null)
                            .count(),
                    plugin.parseOptions(java.util.Map.of()).asText().size(),
                    plugin.name());
        }
    }
}
