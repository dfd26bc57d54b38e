package org.glyphtransfer.transfer;

/**
 * Short names for the fluent API: {@code model("simple-cnn")}, {@code dataset("letter-folders",
 * "root=letters-scans")}. Import statically.
 */
public final class Glyph {
    private Glyph() {}

    /**
     * A model plugin with options.
     *
     * @param name plugin name, e.g. {@code simple-cnn}
     * @param options {@code key=value} options
     * @return the choice
     */
    public static ModelChoice model(String name, String... options) {
        return ModelChoice.parse(name, options);
    }

    /**
     * A dataset plugin with options.
     *
     * @param name plugin name, e.g. {@code mnist}
     * @param options {@code key=value} options
     * @return the choice
     */
    public static DatasetChoice dataset(String name, String... options) {
        return DatasetChoice.parse(name, options);
    }
}
