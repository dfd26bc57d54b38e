package org.glyphtransfer.transfer;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.Plugin;

/**
 * A plugin chosen by name with its options as text, e.g. {@code letter-folders root=letters-scans}.
 * Immutable; resolved against the registry only when a run starts. A model and a dataset are
 * different kinds of choice ({@link ModelChoice}, {@link DatasetChoice}), so one cannot be passed
 * where the other is meant.
 */
public abstract sealed class PluginChoice implements java.io.Serializable permits ModelChoice, DatasetChoice {
    private final String name;
    private final Map<String, String> options;

    PluginChoice(String name, Map<String, String> options) {
        this.name = Objects.requireNonNull(name, "name");
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Reads {@code key=value} options, naming the plugin in the error for a malformed one. */
    static Map<String, String> parseOptions(String name, String... keyValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String kv : keyValues) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new GlyphException("Option '" + kv + "' for '" + name + "' is not written key=value.");
            }
            options.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        return options;
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
     * The files and folders the plugin reads: the values of its path options ({@link OptionSpec#optPath()}),
     * given or default, resolved against the data root. Outputs are kept apart from them.
     *
     * @param rt the runtime whose registry knows the plugin and whose data root paths are taken under
     * @return what each path is, for messages, and the path
     */
    public Map<String, Path> readPaths(GlyphRuntime rt) {
        boolean isDataset = this instanceof DatasetChoice;
        Plugin plugin = isDataset ? rt.registry().dataset(name) : rt.registry().model(name);
        Map<String, Path> paths = new LinkedHashMap<>();
        for (OptionSpec spec : plugin.options().specs()) {
            String value = options.getOrDefault(spec.key(), spec.defaultValue());
            if (spec.isPath() && value != null && !value.isBlank()) {
                paths.put(
                        "the " + spec.key() + " of " + (isDataset ? "dataset '" : "model '") + name + "'",
                        rt.dataRoot().resolve(value));
            }
        }
        return paths;
    }

    /**
     * The options with defaults added: each default whose key {@code applies} and that the user did not
     * set. Recipes add their settings only through this, so a recipe never overrides the user.
     */
    Map<String, String> plusDefaults(Map<String, String> defaults, Predicate<String> applies) {
        Map<String, String> copy = new LinkedHashMap<>(options);
        defaults.forEach((key, value) -> {
            if (applies.test(key)) {
                copy.putIfAbsent(key, value);
            }
        });
        return copy;
    }

    /** @return the options with one more set */
    Map<String, String> plus(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.put(key, value);
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o != null
                && o.getClass() == getClass()
                && ((PluginChoice) o).name.equals(name)
                && ((PluginChoice) o).options.equals(options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), name, options);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name);
        options.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
        return s.toString();
    }
}
