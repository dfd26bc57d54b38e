package org.glyphtransfer.transfer.store;

import ai.djl.Model;
import org.glyphtransfer.api.ModelParts;

/**
 * A model folder loaded into memory: the DJL model that owns the parameters, the network as
 * backbone and head, and the provenance. Close it to free the native memory.
 */
public final class LoadedModel implements AutoCloseable {
    private final Model model;
    private final ModelParts parts;
    private final Provenance provenance;

    LoadedModel(Model model, ModelParts parts, Provenance provenance) {
        this.model = model;
        this.parts = parts;
        this.provenance = provenance;
    }

    /** @return the DJL model whose block is {@code parts().network()} */
    public Model model() {
        return model;
    }

    /** @return backbone and head */
    public ModelParts parts() {
        return parts;
    }

    /** @return where the model comes from */
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public void close() {
        model.close();
    }
}
