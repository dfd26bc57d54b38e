package org.glyphtransfer.transfer.eval;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glyphtransfer.api.DataSplit;

/** Evaluates a network on a split and computes every metric of {@link Evaluation}. */
public final class Evaluator {
    private static final int CONFUSED_PAIRS = 10;

    private Evaluator() {}

    /**
     * Runs the network on every sample of a split and computes the metrics.
     *
     * @param network image → logits
     * @param split the split
     * @param splitName name for reports, e.g. "test"
     * @param classNames class names, index = label
     * @param manager a manager on the network's device
     * @return the evaluation
     */
    public static Evaluation evaluate(
            Block network, DataSplit split, String splitName, List<String> classNames, NDManager manager) {
        long start = System.nanoTime();
        float[] p = Inference.probabilities(network, split.images(), manager);
        return fromProbabilities(splitName, p, split.labels(), classNames, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Computes the metrics from class probabilities.
     *
     * @param splitName name for reports
     * @param probabilities N × K, row-major
     * @param labels N true classes
     * @param classNames K class names
     * @param seconds time the inference took
     * @return the evaluation
     */
    public static Evaluation fromProbabilities(
            String splitName, float[] probabilities, int[] labels, List<String> classNames, double seconds) {
        int n = labels.length;
        int k = classNames.size();
        int[] predictions = new int[n];
        float[] confidences = new float[n];
        float[] wrong = new float[n];
        int wrongCount = 0;
        int[][] confusion = new int[k][k];
        double lossSum = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (probabilities[i * k + c] > probabilities[i * k + best]) {
                    best = c;
                }
            }
            predictions[i] = best;
            confidences[i] = probabilities[i * k + best];
            lossSum -= Math.log(Math.max(probabilities[i * k + labels[i]], 1e-12));
            confusion[labels[i]][best]++;
            if (best == labels[i]) {
                correct++;
            } else {
                wrong[wrongCount++] = confidences[i];
            }
        }
        List<ClassMetrics> perClass = new ArrayList<>();
        double[] macro = new double[3];
        double[] weighted = new double[3];
        for (int c = 0; c < k; c++) {
            int truePositives = confusion[c][c];
            int support = 0;
            int predicted = 0;
            for (int j = 0; j < k; j++) {
                support += confusion[c][j];
                predicted += confusion[j][c];
            }
            double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
            double recall = support == 0 ? 0 : (double) truePositives / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.add(new ClassMetrics(classNames.get(c), precision, recall, f1, support));
            double[] values = {precision, recall, f1};
            for (int m = 0; m < 3; m++) {
                macro[m] += values[m] / k;
                weighted[m] += n == 0 ? 0 : values[m] * support / n;
            }
        }
        List<ConfusedPair> pairs = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (a != b && confusion[a][b] > 0) {
                    pairs.add(new ConfusedPair(classNames.get(a), classNames.get(b), confusion[a][b]));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(ConfusedPair::count)
                .reversed()
                .thenComparing(ConfusedPair::actual)
                .thenComparing(ConfusedPair::predicted));
        return new Evaluation(
                splitName,
                classNames,
                new Evaluation.Totals(
                        n == 0 ? Double.NaN : (double) correct / n, n == 0 ? Double.NaN : lossSum / n, seconds),
                new Evaluation.ClassTable(
                        perClass,
                        new ClassMetrics("macro avg", macro[0], macro[1], macro[2], n),
                        new ClassMetrics("weighted avg", weighted[0], weighted[1], weighted[2], n),
                        confusion,
                        pairs.subList(0, Math.min(CONFUSED_PAIRS, pairs.size()))),
                new Evaluation.Confidences(ConfidenceStats.of(confidences, n), ConfidenceStats.of(wrong, wrongCount)),
                new Evaluation.Answers(predictions, labels, confidences));
    }
}
