package org.glyphtransfer.transfer;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.transfer.store.LoadedModel;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.train.TorchStyleInitializer;

/** Builds the networks a run trains: a fresh one, or a trained backbone with a fresh head. */
final class Networks {
    private Networks() {}

    /** A fresh, initialised network for a dataset in a new DJL model. */
    static Network fresh(GlyphRuntime runtime, Architecture architecture, GlyphDataset data, String name) {
        runtime.reseed();
        Model model = Model.newInstance(name, runtime.djlDevice());
        ModelParts parts = build(runtime, architecture, data, model);
        TorchStyleInitializer.applyTo(parts.network());
        parts.network().initialize(model.getNDManager(), DataType.FLOAT32, ModelFolder.batchOf(data.inputShape()));
        model.setBlock(parts.network());
        return new Network(model, parts);
    }

    /** The source backbone with a fresh head for the target classes, in a new DJL model. */
    static Network graft(GlyphRuntime runtime, LoadedModel source, Architecture architecture, GlyphDataset data) {
        runtime.reseed();
        Model model = Model.newInstance("transfer", runtime.djlDevice());
        ModelParts fresh = build(runtime, architecture, data, model);
        TorchStyleInitializer.applyTo(fresh.head());
        ModelParts grafted = source.parts().withHead(fresh.head());
        // Parameters that already hold values (the trained backbone) keep them; only the head is initialised.
        grafted.network().initialize(model.getNDManager(), DataType.FLOAT32, ModelFolder.batchOf(data.inputShape()));
        model.setBlock(grafted.network());
        return new Network(model, grafted);
    }

    private static ModelParts build(GlyphRuntime runtime, Architecture architecture, GlyphDataset data, Model model) {
        return architecture
                .provider()
                .build(ModelRequest.builder(architecture.options(), data.numClasses())
                        .optInputShape(data.inputShape())
                        .optDataRoot(runtime.dataRoot())
                        .optManager(model.getNDManager())
                        .build());
    }
}
