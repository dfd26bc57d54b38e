package org.glyphtransfer.transfer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy against smoothed targets: the true class gets 1 − ε + ε/K, every other
 * class ε/K. With ε = 0 it is the usual loss.
 */
final class SmoothedCrossEntropy extends Loss {
    private final double epsilon;

    SmoothedCrossEntropy(double epsilon) {
        super("SmoothedCrossEntropy");
        this.epsilon = epsilon;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.singletonOrThrow();
        int classes = (int) logits.getShape().get(1);
        NDArray logProbabilities = logits.logSoftmax(1);
        NDArray target =
                labels.singletonOrThrow().oneHot(classes).muli(1 - epsilon).addi(epsilon / classes);
        return logProbabilities.mul(target).sum(new int[] {1}).neg().mean();
    }
}
