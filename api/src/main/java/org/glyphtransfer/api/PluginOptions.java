package org.glyphtransfer.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Validated, typed options of one plugin, defaults included. Immutable. Made by
 * {@link OptionSchema#parse}; {@link #asText()} gives back the resolved values as text, which is
 * what a model folder records so that the same options can be parsed again later.
 */
public final class PluginOptions {
    private final String owner;
    private final Map<String, Object> values;
    private final Map<String, String> text;

    PluginOptions(String owner, Map<String, Object> values, Map<String, String> text) {
        this.owner = owner;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.text = Collections.unmodifiableMap(new LinkedHashMap<>(text));
    }

    /**
     * Whether the option has a value (given or by default).
     *
     * @param key the option key
     * @return true when set
     */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * A text or choice option.
     *
     * @param key the option key
     * @return the value
     * @throws IllegalStateException when unset
     */
    public String getString(String key) {
        return (String) require(key);
    }

    /**
     * A whole-number option.
     *
     * @param key the option key
     * @return the value
     */
    public int getInt(String key) {
        return (Integer) require(key);
    }

    /**
     * A decimal option.
     *
     * @param key the option key
     * @return the value
     */
    public double getDouble(String key) {
        return ((Number) require(key)).doubleValue();
    }

    /**
     * A true/false option.
     *
     * @param key the option key
     * @return the value
     */
    public boolean getBoolean(String key) {
        return (Boolean) require(key);
    }

    /**
     * A text option that may be unset.
     *
     * @param key the option key
     * @return the value, if any
     */
    public Optional<String> optString(String key) {
        return Optional.ofNullable((String) values.get(key));
    }

    /**
     * A whole-number option that may be unset.
     *
     * @param key the option key
     * @return the value, if any
     */
    public Optional<Integer> optInt(String key) {
        return Optional.ofNullable((Integer) values.get(key));
    }

    /**
     * A decimal option that may be unset (declared without a default and not given).
     *
     * @param key the option key
     * @return the value, if any
     */
    public Optional<Double> optDouble(String key) {
        return Optional.ofNullable((Number) values.get(key)).map(Number::doubleValue);
    }

    /** @return every resolved option as text, defaults included, in schema order of first use */
    public Map<String, String> asText() {
        return text;
    }

    /** @return the plugin these options belong to, as named in messages */
    public String owner() {
        return owner;
    }

    private Object require(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("Option '" + key + "' of " + owner + " has no value and no default");
        }
        return value;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
