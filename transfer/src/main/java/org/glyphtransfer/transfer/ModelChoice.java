package org.glyphtransfer.transfer;

import java.util.Map;

/** A model plugin chosen by name, with its options as text. Immutable. */
public final class ModelChoice extends PluginChoice {
    private ModelChoice(String name, Map<String, String> options) {
        super(name, options);
    }

    /**
     * @param name the plugin name
     * @param options the options as text
     * @return the choice
     */
    public static ModelChoice of(String name, Map<String, String> options) {
        return new ModelChoice(name, options);
    }

    /**
     * @param name the plugin name
     * @param keyValues options written {@code key=value}
     * @return the choice
     */
    public static ModelChoice parse(String name, String... keyValues) {
        return new ModelChoice(name, PluginChoice.parseOptions(name, keyValues));
    }

    /**
     * @param key option key
     * @param value option value
     * @return a copy with that option set
     */
    public ModelChoice withOption(String key, String value) {
        return new ModelChoice(name(), plus(key, value));
    }

    /**
     * A recipe's model settings, for the options the user did not set: a recipe never overrides the user.
     *
     * @param defaults option values the recipe would use for this architecture
     * @return a copy with those defaults added
     */
    public ModelChoice withDefaults(Map<String, String> defaults) {
        return new ModelChoice(name(), plusDefaults(defaults, key -> true));
    }
}
