package org.glyphtransfer.transfer.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.Plugin;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.api.PluginRegistry;

/**
 * The plugins a {@code model.json} names, looked up in the registry: an unknown plugin or an option
 * it refuses is a mistake in that file, so the user error names the file and the field.
 */
public final class ModelPlugins {
    private ModelPlugins() {}

    /**
     * @param dir the model folder
     * @param p its provenance
     * @param registry where to look
     * @return the model plugin named by {@code architecture}
     * @throws GlyphException naming model.json when no such plugin is installed
     */
    public static ModelProvider architecture(Path dir, Provenance p, PluginRegistry registry) {
        try {
            return registry.model(p.architecture());
        } catch (GlyphException unknown) {
            List<String> installed = new ArrayList<>();
            registry.models().forEach(m -> installed.add(m.name()));
            throw new GlyphException(
                    "Model file " + json(dir) + " was written by the model plugin '" + p.architecture()
                            + "', which is not installed (installed: " + String.join(", ", installed)
                            + "); put its plugin jar in the plugins folder (--plugins or GLYPH_PLUGINS)"
                            + notLoaded(registry) + ".",
                    unknown);
        }
    }

    /**
     * @param dir the model folder
     * @param p its provenance
     * @param registry where to look
     * @return the dataset plugin named by {@code dataset}
     * @throws GlyphException naming model.json when no such plugin is installed
     */
    public static DatasetProvider dataset(Path dir, Provenance p, PluginRegistry registry) {
        try {
            return registry.dataset(p.dataset());
        } catch (GlyphException unknown) {
            List<String> installed = new ArrayList<>();
            registry.datasets().forEach(d -> installed.add(d.name()));
            throw new GlyphException(
                    "Model file " + json(dir) + ": 'dataset' names the dataset plugin '" + p.dataset()
                            + "', which is not installed (installed: " + String.join(", ", installed)
                            + "); put its plugin jar in the plugins folder or pass the dataset to use"
                            + notLoaded(registry) + ".",
                    unknown);
        }
    }

    /**
     * Checks options recorded in model.json against the plugin's schema.
     *
     * @param dir the model folder
     * @param field {@code architectureOptions} or {@code datasetOptions}
     * @param plugin the plugin they are for
     * @param raw the options as recorded
     * @return the typed options
     * @throws GlyphException naming model.json and the field when the plugin refuses them
     */
    public static PluginOptions options(Path dir, String field, Plugin plugin, Map<String, String> raw) {
        try {
            return plugin.parseOptions(raw);
        } catch (RuntimeException refused) {
            String m = String.valueOf(refused.getMessage());
            throw new GlyphException(
                    "Model file " + json(dir) + ": '" + field + "' is refused: " + (m.endsWith(".") ? m : m + "."),
                    refused);
        }
    }

    private static Path json(Path dir) {
        return dir.resolve(ModelFolder.MODEL_JSON);
    }

    /** @return "; not loaded: …" naming the plugin jars that were skipped, or nothing */
    private static String notLoaded(PluginRegistry registry) {
        List<String> skipped = new ArrayList<>();
        registry.problems().forEach(p -> skipped.add(p.endsWith(".") ? p.substring(0, p.length() - 1) : p));
        return skipped.isEmpty() ? "" : "; not loaded: " + String.join("; ", skipped);
    }
}
