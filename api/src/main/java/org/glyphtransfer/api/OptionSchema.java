package org.glyphtransfer.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options a plugin accepts. {@link #parse} turns the user's {@code key=value} pairs into
 * validated, typed {@link PluginOptions}, filling in defaults and rejecting unknown keys with
 * a message that lists the known ones.
 */
public final class OptionSchema {
    private static final OptionSchema EMPTY = new OptionSchema(List.of());

    private final Map<String, OptionSpec> specs;

    private OptionSchema(List<OptionSpec> list) {
        Map<String, OptionSpec> byKey = new LinkedHashMap<>();
        for (OptionSpec spec : list) {
            if (byKey.put(spec.key(), spec) != null) {
                throw new IllegalArgumentException("Option '" + spec.key() + "' is declared twice");
            }
            if (spec.defaultValue() != null) {
                try {
                    spec.parse("its declaration", spec.defaultValue());
                } catch (GlyphException e) {
                    // A plugin author's mistake, not the user's: fail where the plugin is written.
                    throw new IllegalArgumentException(
                            "Default of option '" + spec.key() + "' is invalid: " + e.getMessage(), e);
                }
            }
        }
        this.specs = Collections.unmodifiableMap(byKey);
    }

    /**
     * Creates a schema from option specs, in display order.
     *
     * @param specs the options
     * @return the schema
     */
    public static OptionSchema of(OptionSpec... specs) {
        return new OptionSchema(List.of(specs));
    }

    /** @return a schema with no options */
    public static OptionSchema empty() {
        return EMPTY;
    }

    /** @return the option specs in display order */
    public List<OptionSpec> specs() {
        return new ArrayList<>(specs.values());
    }

    /**
     * Validates raw options and fills in defaults.
     *
     * @param owner a name for error messages, e.g. "dataset 'mnist'"
     * @param raw the user's options as text
     * @return the typed options
     * @throws GlyphException on an unknown key or a bad value
     */
    public PluginOptions parse(String owner, Map<String, String> raw) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            OptionSpec spec = specs.get(entry.getKey());
            if (spec == null) {
                String known =
                        specs.isEmpty() ? "it takes no options" : "known keys: " + String.join(", ", specs.keySet());
                throw new GlyphException("Unknown option '" + entry.getKey() + "' for " + owner
                        + Suggestions.hint(entry.getKey(), specs.keySet()) + "; " + known + ".");
            }
            values.put(spec.key(), spec.parse(owner, entry.getValue()));
            text.put(spec.key(), entry.getValue().trim());
        }
        for (OptionSpec spec : specs.values()) {
            if (!values.containsKey(spec.key()) && spec.defaultValue() != null) {
                values.put(spec.key(), spec.parse(owner, spec.defaultValue()));
                text.put(spec.key(), spec.defaultValue());
            }
        }
        return new PluginOptions(owner, values, text);
    }
}
