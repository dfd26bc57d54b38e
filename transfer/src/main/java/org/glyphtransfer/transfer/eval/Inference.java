package org.glyphtransfer.transfer.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;

/**
 * Forward passes in inference mode over a whole split, in batches, returning class
 * probabilities as one Java array. Every intermediate tensor lives in a per-batch scope, and within
 * it in a per-layer one ({@link LayerScopedForward}), so a deep network's activations are not all held at once.
 */
public final class Inference {
    /** Batch size for inference: large enough to keep the engine busy, small enough for any RAM. */
    public static final int BATCH = 1000;

    private Inference() {}

    /**
     * Class probabilities of every image.
     *
     * @param network image → logits
     * @param images N × C × H × W
     * @param manager a manager on the network's device, for the temporaries
     * @return N × K probabilities, row-major
     */
    public static float[] probabilities(Block network, NDArray images, NDManager manager) {
        int n = (int) images.getShape().get(0);
        float[] out = null;
        int classes = 0;
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            try (NDManager scope = manager.newSubManager()) {
                NDArray batch = images.get(new NDIndex(start + ":" + end));
                batch.attach(scope);
                float[] p = probabilitiesOfBatch(network, batch, scope);
                if (out == null) {
                    classes = p.length / (end - start);
                    out = new float[n * classes];
                }
                System.arraycopy(p, 0, out, start * classes, p.length);
            }
        }
        return out == null ? new float[0] : out;
    }

    /**
     * Class probabilities of one batch.
     *
     * @param network image → logits
     * @param batch B × C × H × W on {@code scope}
     * @param scope the manager that owns the temporaries
     * @return B × K probabilities, row-major
     */
    public static float[] probabilitiesOfBatch(Block network, NDArray batch, NDManager scope) {
        NDList logits = LayerScopedForward.forward(network, new NDList(batch), scope);
        return logits.singletonOrThrow().softmax(1).toFloatArray();
    }
}
