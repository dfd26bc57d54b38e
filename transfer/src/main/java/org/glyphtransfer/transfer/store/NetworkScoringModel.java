package org.glyphtransfer.transfer.store;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import org.glyphtransfer.transfer.eval.Inference;

/** A network model folder as a {@link ScoringModel}: forward passes in inference mode, softmax. */
final class NetworkScoringModel implements ScoringModel {
    private final LoadedModel model;

    NetworkScoringModel(LoadedModel model) {
        this.model = model;
    }

    @Override
    public Provenance provenance() {
        return model.provenance();
    }

    @Override
    public float[] probabilities(float[] inputs, int count) {
        try (NDManager scope = model.model().getNDManager().newSubManager()) {
            NDArray x = scope.create(
                    FloatBuffer.wrap(inputs),
                    new Shape(count).addAll(new Shape(model.provenance().inputShape())));
            return Inference.probabilitiesOfBatch(model.parts().network(), x, scope);
        }
    }

    @Override
    public float[] probabilities(NDArray images) {
        return Inference.probabilities(
                model.parts().network(), images, model.model().getNDManager());
    }

    @Override
    public void close() {
        model.close();
    }
}
