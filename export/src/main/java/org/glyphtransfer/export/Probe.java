package org.glyphtransfer.export;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.Random;

/**
 * Runs a layer forward in inference mode on an input the export chooses. DJL does not say what
 * a {@code LambdaBlock} computes, nor every setting of its layers (a pool's window, BatchNorm's
 * epsilon); the export reads them from the layer's own answers and checks its translation against
 * them, so a layer that does something else is refused rather than written wrongly.
 */
final class Probe implements AutoCloseable {
    private final NDManager manager;
    private final ParameterStore store;
    private final Random random = new Random(20_240_521L);

    /** @param parent the manager of the model's parameters (same device) */
    Probe(NDManager parent) {
        this.manager = parent.newSubManager();
        this.store = new ParameterStore(manager, false);
    }

    /** The answer of a layer to one input. */
    record Answer(Shape shape, float[] values) {}

    /**
     * @param layer the layer
     * @param shape the input shape, batch axis included
     * @param values the input, row-major
     * @return the layer's output in inference mode
     */
    Answer run(Block layer, Shape shape, float[] values) {
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = scope.create(values, shape);
            NDArray y = layer.forward(store, new NDList(x), false).singletonOrThrow();
            return new Answer(y.getShape(), y.toFloatArray());
        }
    }

    /**
     * @param count how many values
     * @param scale their standard deviation
     * @return normally distributed values, the same for every export
     */
    float[] gaussian(long count, double scale) {
        float[] values = new float[Math.toIntExact(count)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * scale);
        }
        return values;
    }

    /**
     * @param expected what the translation computes
     * @param actual what the layer answered
     * @return whether they agree to float precision
     */
    static boolean agree(double[] expected, float[] actual) {
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(expected[i] - actual[i]) <= 1e-5 + 1e-5 * Math.abs(expected[i]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        manager.close();
    }
}
