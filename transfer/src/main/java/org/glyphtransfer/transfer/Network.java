package org.glyphtransfer.transfer;

import ai.djl.Model;
import org.glyphtransfer.api.ModelParts;

/**
 * A network being trained: the DJL model that owns its new parameters and the network as
 * backbone and head. Closing it frees those parameters.
 *
 * @param model the DJL model whose block is {@code parts.network()}
 * @param parts backbone and head
 */
record Network(Model model, ModelParts parts) implements AutoCloseable {
    @Override
    public void close() {
        model.close();
    }
}
