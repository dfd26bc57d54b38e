package org.glyphtransfer.api;

import ai.djl.nn.Blocks;
import ai.djl.nn.core.Linear;

/**
 * A model plugin registered in the test class path's {@code META-INF/services}: a flatten
 * backbone and a linear head, enough to check what the registry hands out.
 */
public final class FixtureLinearModel implements ModelProvider {
    static final String NAME = "fixture-linear";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Flatten and one linear layer, for the registry tests.";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(OptionSpec.bool("bias", true).optDescription("Whether the head has a bias."));
    }

    @Override
    public ModelParts build(ModelRequest request) {
        Linear head = Linear.builder()
                .setUnits(request.numClasses())
                .optBias(request.options().getBoolean("bias"))
                .build();
        return new ModelParts(Blocks.batchFlattenBlock(), head, false);
    }
}
