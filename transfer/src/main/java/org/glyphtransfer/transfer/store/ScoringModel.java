package org.glyphtransfer.transfer.store;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import org.glyphtransfer.transfer.eval.Inference;

/**
 * A loaded model folder seen from prediction and evaluation: preprocessed images in, class
 * probabilities out. A network folder and a folder of another kind (a classic baseline, found
 * through {@link FolderModelProvider}) look the same from here. Must be safe to call from several
 * threads; close it to free its memory.
 */
public interface ScoringModel extends AutoCloseable {
    /** @return where the model comes from, as its {@code model.json} says */
    Provenance provenance();

    /**
     * Class probabilities (or, for a method without probabilities, a one-hot row of its answer).
     *
     * @param inputs {@code count} preprocessed inputs of {@link Provenance#inputShape()}, one after the other
     * @param count how many inputs
     * @return count × K values, row-major, K = the number of classes
     */
    float[] probabilities(float[] inputs, int count);

    /**
     * Class probabilities of a whole split, in batches.
     *
     * @param images N × C × H × W
     * @return N × K values, row-major
     */
    default float[] probabilities(NDArray images) {
        int n = (int) images.getShape().get(0);
        int k = provenance().classNames().size();
        float[] out = new float[n * k];
        for (int start = 0; start < n; start += Inference.BATCH) {
            int end = Math.min(n, start + Inference.BATCH);
            try (NDArray batch = images.get(new NDIndex(start + ":" + end))) {
                float[] p = probabilities(batch.toFloatArray(), end - start);
                System.arraycopy(p, 0, out, start * k, p.length);
            }
        }
        return out;
    }

    /** Frees the model's memory; calls after this fail. */
    @Override
    void close();
}
