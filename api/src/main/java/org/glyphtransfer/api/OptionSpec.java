package org.glyphtransfer.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One typed plugin option: its key, type, default, allowed range or choices, and a one-line
 * description. Immutable; made with the static factories and the {@code opt*} methods, e.g.
 * {@code OptionSpec.decimal("valFraction", 0.1).optRange(0, 0.9).optDescription("…")}.
 */
public final class OptionSpec {
    /** The value types an option can have. */
    public enum Type {
        /** Free text, for example a file name. */
        STRING,
        /** A whole number. */
        INTEGER,
        /** A decimal number. */
        DECIMAL,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of a fixed list of words. */
        CHOICE
    }

    private final String key;
    private final Type type;
    private final String defaultValue;
    private final String description;
    private final List<String> choices;
    private final double min;
    private final double max;
    private final boolean path;

    private OptionSpec(
            String key,
            Type type,
            String defaultValue,
            String description,
            List<String> choices,
            double min,
            double max,
            boolean path) {
        this.key = Objects.requireNonNull(key, "key");
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = description;
        this.choices = List.copyOf(choices);
        this.min = min;
        this.max = max;
        this.path = path;
    }

    /**
     * A text option.
     *
     * @param key the option key
     * @param defaultValue the default, or {@code null} when the option is unset by default
     * @return the spec
     */
    public static OptionSpec string(String key, String defaultValue) {
        return new OptionSpec(
                key,
                Type.STRING,
                defaultValue,
                "",
                List.of(),
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                false);
    }

    /**
     * A whole-number option.
     *
     * @param key the option key
     * @param defaultValue the default, or {@code null} when the option is unset by default
     * @return the spec
     */
    public static OptionSpec integer(String key, Integer defaultValue) {
        return new OptionSpec(
                key,
                Type.INTEGER,
                defaultValue == null ? null : defaultValue.toString(),
                "",
                List.of(),
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                false);
    }

    /**
     * A decimal option.
     *
     * @param key the option key
     * @param defaultValue the default, or {@code null} when the option is unset by default
     * @return the spec
     */
    public static OptionSpec decimal(String key, Double defaultValue) {
        return new OptionSpec(
                key,
                Type.DECIMAL,
                defaultValue == null ? null : defaultValue.toString(),
                "",
                List.of(),
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                false);
    }

    /**
     * A true/false option.
     *
     * @param key the option key
     * @param defaultValue the default
     * @return the spec
     */
    public static OptionSpec bool(String key, boolean defaultValue) {
        return new OptionSpec(
                key,
                Type.BOOLEAN,
                Boolean.toString(defaultValue),
                "",
                List.of(),
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                false);
    }

    /**
     * An option that takes one of a fixed list of words.
     *
     * @param key the option key
     * @param defaultValue the default, one of {@code choices}
     * @param choices the allowed words
     * @return the spec
     */
    public static OptionSpec choice(String key, String defaultValue, String... choices) {
        return new OptionSpec(
                key,
                Type.CHOICE,
                defaultValue,
                "",
                List.of(choices),
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                false);
    }

    /**
     * Returns a copy with a one-line description.
     *
     * @param text the description
     * @return the new spec
     */
    public OptionSpec optDescription(String text) {
        return new OptionSpec(key, type, defaultValue, text, choices, min, max, path);
    }

    /**
     * Returns a copy that accepts only numbers in {@code [low, high]}.
     *
     * @param low the smallest allowed value
     * @param high the largest allowed value
     * @return the new spec
     */
    public OptionSpec optRange(double low, double high) {
        return new OptionSpec(key, type, defaultValue, description, choices, low, high, path);
    }

    /**
     * Returns a copy whose value names a file or folder the plugin reads, relative to the data root
     * unless absolute. Commands never write their outputs over, into or around such a path.
     *
     * @return the new spec
     */
    public OptionSpec optPath() {
        return new OptionSpec(key, type, defaultValue, description, choices, min, max, true);
    }

    /** @return whether the value names a file or folder the plugin reads (see {@link #optPath()}) */
    public boolean isPath() {
        return path;
    }

    /** @return the option key */
    public String key() {
        return key;
    }

    /** @return the value type */
    public Type type() {
        return type;
    }

    /** @return the default as text, or {@code null} when unset by default */
    public String defaultValue() {
        return defaultValue;
    }

    /** @return the one-line description */
    public String description() {
        return description;
    }

    /** @return the allowed words of a {@link Type#CHOICE} option */
    public List<String> choices() {
        return choices;
    }

    /** @return a short human description of the accepted values, e.g. "integer in [1, 100]" */
    public String expectation() {
        switch (type) {
            case INTEGER:
            case DECIMAL:
                String noun = type == Type.INTEGER ? "a whole number" : "a number";
                if (min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
                    return noun;
                }
                return noun + " in [" + format(min) + ", " + format(max) + "]";
            case BOOLEAN:
                return "true or false";
            case CHOICE:
                return "one of " + String.join(", ", choices);
            default:
                return "text";
        }
    }

    /**
     * Converts raw text into a typed value, checking type, range and choices.
     *
     * @param owner the plugin the option belongs to, named in errors
     * @param raw the text the user gave
     * @return an {@code Integer}, {@code Double}, {@code Boolean} or {@code String}
     * @throws GlyphException when the text is not acceptable
     */
    public Object parse(String owner, String raw) {
        String text = raw.trim();
        try {
            switch (type) {
                case INTEGER:
                    int i = Integer.parseInt(text);
                    checkRange(owner, raw, i);
                    return i;
                case DECIMAL:
                    double d = Double.parseDouble(text);
                    if (Double.isNaN(d)) {
                        throw new NumberFormatException();
                    }
                    checkRange(owner, raw, d);
                    return d;
                case BOOLEAN:
                    String lower = text.toLowerCase(Locale.ROOT);
                    if (lower.equals("true") || lower.equals("false")) {
                        return Boolean.parseBoolean(lower);
                    }
                    throw bad(owner, raw);
                case CHOICE:
                    for (String c : choices) {
                        if (c.equalsIgnoreCase(text)) {
                            return c;
                        }
                    }
                    throw new GlyphException("Option '" + key + "' of " + owner + " does not accept '" + raw
                            + "'; expected " + expectation() + Suggestions.hint(text, choices) + ".");
                default:
                    return text;
            }
        } catch (NumberFormatException e) {
            throw bad(owner, raw);
        }
    }

    private void checkRange(String owner, String raw, double value) {
        if (value < min || value > max) {
            throw bad(owner, raw);
        }
    }

    private GlyphException bad(String owner, String raw) {
        return new GlyphException(
                "Option '" + key + "' of " + owner + " does not accept '" + raw + "'; expected " + expectation() + ".");
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
