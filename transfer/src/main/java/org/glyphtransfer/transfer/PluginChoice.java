package org.glyphtransfer.transfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.glyphtransfer.api.GlyphException;

/**
 * A plugin chosen by name with its options as text, e.g. {@code letter-folders root=letters-scans}.
 * Immutable; resolved against the registry only when a run starts.
 */
public final class PluginChoice {
    private final String name;
    private final Map<String, String> options;

    private PluginChoice(String name, Map<String, String> options) {
        this.name = Objects.requireNonNull(name, "name");
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /**
     * @param name the plugin name
     * @param options the options as text
     * @return the choice
     */
    public static PluginChoice of(String name, Map<String, String> options) {
        return new PluginChoice(name, options);
    }

    /**
     * @param name the plugin name
     * @param keyValues options written {@code key=value}
     * @return the choice
     */
    public static PluginChoice parse(String name, String... keyValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String kv : keyValues) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new GlyphException("Option '" + kv + "' for '" + name + "' is not written key=value.");
            }
            options.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        return new PluginChoice(name, options);
    }

    /** @return the plugin name */
    public String name() {
        return name;
    }

    /** @return the options as text */
    public Map<String, String> options() {
        return options;
    }

    /**
     * @param key option key
     * @param value option value
     * @return a copy with that option set
     */
    public PluginChoice withOption(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.put(key, value);
        return new PluginChoice(name, copy);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name);
        options.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
        return s.toString();
    }
}
