package org.glyphtransfer.transfer.train;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.transfer.eval.Inference;

/** Loss and accuracy of a network on a split, in inference mode. */
final class Validation {
    private Validation() {}

    static double[] lossAndAccuracy(Block network, DataSplit split, NDManager manager) {
        if (split.size() == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        float[] p = Inference.probabilities(network, split.images(), manager);
        int classes = p.length / split.size();
        double lossSum = 0;
        long correct = 0;
        for (int i = 0; i < split.size(); i++) {
            int label = split.label(i);
            lossSum -= Math.log(Math.max(p[i * classes + label], 1e-12));
            int argmax = 0;
            for (int c = 1; c < classes; c++) {
                if (p[i * classes + c] > p[i * classes + argmax]) {
                    argmax = c;
                }
            }
            correct += argmax == label ? 1 : 0;
        }
        return new double[] {lossSum / split.size(), (double) correct / split.size()};
    }
}
