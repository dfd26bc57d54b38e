package org.glyphtransfer.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules of plugin names: unique per kind (adding one whose name is taken is an error naming
 * both classes), and an unknown name answered with the names there are.
 */
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

    /** The plugin of that name, or an error naming the available ones, a near miss and the jars that did not load. */
    static <T extends Plugin> T lookup(String kind, Map<String, T> plugins, String name, List<String> problems) {
        T plugin = plugins.get(name);
        if (plugin == null) {
            String available = plugins.isEmpty()
                    ? "no " + kind + " plugins are installed"
                    : "available: " + String.join(", ", plugins.keySet());
            String skipped = problems.isEmpty()
                    ? ""
                    : "; not loaded: "
                            + problems.stream()
                                    .map(p -> p.endsWith(".") ? p.substring(0, p.length() - 1) : p)
                                    .collect(Collectors.joining("; "));
            throw new GlyphException("Unknown " + kind + " '" + name + "'" + Suggestions.hint(name, plugins.keySet())
                    + "; " + available + skipped + ".");
        }
        return plugin;
    }
}
