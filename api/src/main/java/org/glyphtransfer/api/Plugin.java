package org.glyphtransfer.api;

/**
 * What every plugin has: a unique name used on the command line and in experiment files, a
 * one-line description, and the options it accepts.
 */
public interface Plugin {
    /** @return the unique name, lower-case with dashes, e.g. {@code letter-folders} */
    String name();

    /** @return one line saying what the plugin is */
    String description();

    /** @return the options this plugin accepts; empty by default */
    default OptionSchema options() {
        return OptionSchema.empty();
    }

    /**
     * Validates raw options against {@link #options()}.
     *
     * @param raw the user's {@code key=value} options
     * @return typed options with defaults filled in
     * @throws GlyphException on an unknown key or a bad value
     */
    default PluginOptions parseOptions(java.util.Map<String, String> raw) {
        String kind = this instanceof ModelProvider ? "model" : "dataset";
        return options().parse(kind + " '" + name() + "'", raw);
    }
}
