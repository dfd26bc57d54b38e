package org.glyphtransfer.transfer;

import java.util.Map;
import org.glyphtransfer.api.DatasetProvider;

/** A dataset plugin chosen by name, with its options as text. Immutable. */
public final class DatasetChoice extends PluginChoice {
    private DatasetChoice(String name, Map<String, String> options) {
        super(name, options);
    }

    /**
     * @param name the plugin name
     * @param options the options as text
     * @return the choice
     */
    public static DatasetChoice of(String name, Map<String, String> options) {
        return new DatasetChoice(name, options);
    }

    /**
     * @param name the plugin name
     * @param keyValues options written {@code key=value}
     * @return the choice
     */
    public static DatasetChoice parse(String name, String... keyValues) {
        return new DatasetChoice(name, PluginChoice.parseOptions(name, keyValues));
    }

    /**
     * @param key option key
     * @param value option value
     * @return a copy with that option set
     */
    public DatasetChoice withOption(String key, String value) {
        return new DatasetChoice(name(), plus(key, value));
    }

    /**
     * A recipe's dataset settings, for the options the plugin has and the user did not set: a recipe never
     * overrides the user, and a plugin without such an option is left as it is.
     *
     * @param provider the plugin this choice names
     * @param defaults option values the recipe would use
     * @return a copy with those defaults added
     */
    public DatasetChoice withDefaults(DatasetProvider provider, Map<String, String> defaults) {
        var known = provider.options().specs().stream().map(s -> s.key()).toList();
        return new DatasetChoice(name(), plusDefaults(defaults, known::contains));
    }
}
