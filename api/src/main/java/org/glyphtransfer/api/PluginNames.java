package org.glyphtransfer.api;

import java.util.List;
import java.util.Map;

/** Plugin names are unique per kind: adding one whose name is taken is an error naming both classes. */
final class PluginNames {
    private PluginNames() {}

    /** Plugins given in code: a name already taken is a clash even when the class is the same. */
    static <T extends Plugin> void addInCode(Map<String, T> byName, List<T> plugins, String kind) {
        for (T plugin : plugins) {
            T previous = byName.putIfAbsent(plugin.name(), plugin);
            if (previous != null) {
                throw new GlyphException("Two " + kind + " plugins are named '" + plugin.name() + "': "
                        + previous.getClass().getName() + " and "
                        + plugin.getClass().getName()
                        + " (registered in code); give the one registered in code another name.");
            }
        }
    }

    /** Plugins found on the class path or in jars: the same class found twice is one plugin. */
    static <T extends Plugin> void add(Map<String, T> byName, List<T> plugins, String kind) {
        for (T plugin : plugins) {
            T previous = byName.putIfAbsent(plugin.name(), plugin);
            if (previous != null && previous.getClass() != plugin.getClass()) {
                throw new GlyphException("Two " + kind + " plugins are named '" + plugin.name() + "': "
                        + previous.getClass().getName() + " and "
                        + plugin.getClass().getName()
                        + "; remove one of their jars or rename one plugin.");
            }
        }
    }
}
