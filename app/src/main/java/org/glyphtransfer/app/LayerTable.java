package org.glyphtransfer.app;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.engine.GlyphEngine;
import org.glyphtransfer.models.summary.ModelSummary;

/** The Keras-style layer table of a model plugin with given options, built for one 28 × 28 grey input and 10 classes. */
final class LayerTable {
    private LayerTable() {}

    static String of(ModelProvider provider, Map<String, String> options, GlyphCommand root) {
        GlyphEngine.start(root.engineOptions());
        Shape input = new Shape(1, 28, 28);
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelParts parts = provider.build(ModelRequest.builder(provider.parseOptions(options), 10)
                    .optInputShape(input)
                    .optDataRoot(root.dataRoot())
                    .optManager(manager)
                    .build());
            return ModelSummary.of(parts, manager, input).toText(provider.name() + " for 1×28×28 input, 10 classes");
        }
    }
}
