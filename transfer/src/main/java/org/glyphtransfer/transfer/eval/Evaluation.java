package org.glyphtransfer.transfer.eval;

import java.util.List;

/**
 * Evaluation of a model on one split: accuracy, loss, per-class precision / recall / F1 /
 * support, macro and weighted averages, confusion matrix (rows = true class, columns =
 * predicted), confidence of all and of wrong predictions, the most confused pairs, and every
 * prediction (for the misclassified grid; left out of JSON). Immutable.
 */
public final class Evaluation {
    private final String split;
    private final int samples;
    private final double accuracy;
    private final double loss;
    private final List<String> classNames;
    private final List<ClassMetrics> perClass;
    private final ClassMetrics macroAverage;
    private final ClassMetrics weightedAverage;
    private final int[][] confusion;
    private final ConfidenceStats confidence;
    private final ConfidenceStats wrongConfidence;
    private final List<ConfusedPair> mostConfused;
    private final double seconds;
    private final transient int[] predictions;
    private final transient int[] labels;

    /** Accuracy, loss and inference time of a split. */
    record Totals(double accuracy, double loss, double seconds) {}

    /** Per-class metrics, their averages, the confusion matrix and its largest off-diagonal cells. */
    record ClassTable(
            List<ClassMetrics> perClass,
            ClassMetrics macroAverage,
            ClassMetrics weightedAverage,
            int[][] confusion,
            List<ConfusedPair> mostConfused) {}

    /** How confident the model was over all predictions and over the wrong ones. */
    record Confidences(ConfidenceStats all, ConfidenceStats wrong) {}

    /** Each sample's predicted and true class. */
    record Answers(int[] predictions, int[] labels) {}

    Evaluation(
            String split,
            List<String> classNames,
            Totals totals,
            ClassTable classes,
            Confidences confidences,
            Answers answers) {
        this.split = split;
        this.samples = answers.labels().length;
        this.accuracy = totals.accuracy();
        this.loss = totals.loss();
        this.classNames = List.copyOf(classNames);
        this.perClass = List.copyOf(classes.perClass());
        this.macroAverage = classes.macroAverage();
        this.weightedAverage = classes.weightedAverage();
        this.confusion = classes.confusion();
        this.confidence = confidences.all();
        this.wrongConfidence = confidences.wrong();
        this.mostConfused = List.copyOf(classes.mostConfused());
        this.seconds = totals.seconds();
        this.predictions = answers.predictions();
        this.labels = answers.labels();
    }

    /** @return the split evaluated, e.g. "test" */
    public String split() {
        return split;
    }

    /** @return the number of samples */
    public int samples() {
        return samples;
    }

    /** @return fraction of correct predictions */
    public double accuracy() {
        return accuracy;
    }

    /** @return mean cross-entropy */
    public double loss() {
        return loss;
    }

    /** @return class names, index = label */
    public List<String> classNames() {
        return classNames;
    }

    /** @return metrics of every class, in label order */
    public List<ClassMetrics> perClass() {
        return perClass;
    }

    /** @return unweighted mean over classes */
    public ClassMetrics macroAverage() {
        return macroAverage;
    }

    /** @return mean over classes weighted by support */
    public ClassMetrics weightedAverage() {
        return weightedAverage;
    }

    /** @return a copy of the confusion matrix, rows = true class, columns = predicted */
    public int[][] confusion() {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    /** @return confidence of every prediction */
    public ConfidenceStats confidence() {
        return confidence;
    }

    /** @return confidence of the wrong predictions */
    public ConfidenceStats wrongConfidence() {
        return wrongConfidence;
    }

    /** @return the most frequent (true, predicted) mistakes, most frequent first */
    public List<ConfusedPair> mostConfused() {
        return mostConfused;
    }

    /** @return seconds the evaluation took */
    public double seconds() {
        return seconds;
    }

    /** @return the predicted class of every sample */
    public int[] predictions() {
        return predictions.clone();
    }

    /** @return the true class of every sample */
    public int[] labels() {
        return labels.clone();
    }
}
