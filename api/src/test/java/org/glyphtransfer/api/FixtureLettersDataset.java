package org.glyphtransfer.api;

/**
 * A dataset plugin registered in the test class path's {@code META-INF/services}, for the
 * registry's discovery tests. The api module has no engine, so it cannot make tensors; loading
 * is the business of the plugin modules' own tests.
 */
public final class FixtureLettersDataset implements DatasetProvider {
    static final String NAME = "fixture-letters";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Letters for the registry tests.";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                OptionSpec.integer("size", 28).optRange(8, 64).optDescription("Image side."),
                OptionSpec.choice("onBadFile", "fail", "fail", "skip").optDescription("What to do with a bad file."));
    }

    @Override
    public GlyphDataset load(DatasetRequest request) {
        throw new UnsupportedOperationException("fixture for discovery tests; it holds no data");
    }
}
