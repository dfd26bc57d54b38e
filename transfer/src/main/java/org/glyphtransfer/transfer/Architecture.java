package org.glyphtransfer.transfer;

import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.PluginOptions;

/**
 * A model plugin with its parsed options: what a run builds.
 *
 * @param provider the plugin
 * @param options its options
 */
record Architecture(ModelProvider provider, PluginOptions options) {
    /** Finds the plugin and parses the options of a choice. */
    static Architecture of(GlyphRuntime runtime, ModelChoice choice) {
        ModelProvider provider = runtime.registry().model(choice.name());
        return new Architecture(provider, provider.parseOptions(choice.options()));
    }

    /** @return the plugin name */
    String name() {
        return provider.name();
    }
}
