package org.glyphtransfer.djl;

import org.glyphtransfer.api.PluginRegistry;

/**
 * The glyph plugins this jar carries, and any in {@code GLYPH_PLUGINS}. Found through this class's
 * own class loader: DJL loads the jar from a model folder with a loader of its own, which the
 * thread's context class loader does not see.
 */
final class GlyphPlugins {
    private GlyphPlugins() {}

    private static final class Holder {
        static final PluginRegistry REGISTRY = PluginRegistry.builder()
                .optClassLoader(GlyphPlugins.class.getClassLoader())
                .build();
    }

    /** @return the registry, made once */
    static PluginRegistry registry() {
        return Holder.REGISTRY;
    }
}
