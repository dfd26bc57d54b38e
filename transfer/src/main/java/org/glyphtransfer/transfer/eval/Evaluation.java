package org.glyphtransfer.transfer.eval;

import java.util.List;

/**
 * Evaluation of a model on one split: accuracy, loss, per-class precision / recall / F1 /
 * support, macro and weighted averages, confusion matrix (rows = true class, columns =
 * predicted), confidence of all and of wrong predictions, the most confused pairs, the look-alike
 * letter/digit pairs, a risk–coverage table (accuracy of the answers given only above a confidence),
 * and every prediction (for the misclassified grid; left out of JSON). When asked, it also holds the
 * answers at one minimum confidence ({@link #abstention()}) and what a cascade changed
 * ({@link #cascade()}). Immutable.
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
    private final List<LookAlikePair> lookAlikes;
    private final List<RiskCoverage> riskCoverage;
    private final RiskCoverage abstention;
    private final CascadeEffect cascade;
    private final transient int[] predictions;
    private final transient int[] labels;
    private final transient float[] confidences;

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

    /** Each sample's predicted and true class, and the probability of the predicted one. */
    record Answers(int[] predictions, int[] labels, float[] confidences) {}

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
        this.confidences = answers.confidences();
        this.lookAlikes = LookAlikePair.of(this.classNames, confusion);
        this.riskCoverage = RiskCoverage.table(this.confidences, correct());
        this.abstention = null;
        this.cascade = null;
    }

    private Evaluation(Evaluation e, RiskCoverage abstention, CascadeEffect cascade) {
        this.split = e.split;
        this.samples = e.samples;
        this.accuracy = e.accuracy;
        this.loss = e.loss;
        this.classNames = e.classNames;
        this.perClass = e.perClass;
        this.macroAverage = e.macroAverage;
        this.weightedAverage = e.weightedAverage;
        this.confusion = e.confusion;
        this.confidence = e.confidence;
        this.wrongConfidence = e.wrongConfidence;
        this.mostConfused = e.mostConfused;
        this.seconds = e.seconds;
        this.predictions = e.predictions;
        this.labels = e.labels;
        this.confidences = e.confidences;
        this.lookAlikes = e.lookAlikes;
        this.riskCoverage = e.riskCoverage;
        this.abstention = abstention;
        this.cascade = cascade;
    }

    private boolean[] correct() {
        boolean[] correct = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            correct[i] = predictions[i] == labels[i];
        }
        return correct;
    }

    /**
     * @param minConfidence answers below this probability count as unknown
     * @return a copy whose {@link #abstention()} tells how many samples are answered and how accurately
     */
    public Evaluation withMinConfidence(double minConfidence) {
        return new Evaluation(this, RiskCoverage.at(minConfidence, confidences, correct()), cascade);
    }

    /**
     * @param effect what the model's cascade changed, this evaluation being the one with the cascade
     * @return a copy that holds it
     */
    public Evaluation withCascadeEffect(CascadeEffect effect) {
        return new Evaluation(this, abstention, effect);
    }

    /** @return the look-alike letter/digit pairs (O/0, I/1, S/5, Z/2, B/8) whose classes are both present */
    public List<LookAlikePair> lookAlikes() {
        return lookAlikes;
    }

    /** @return accuracy and coverage when answering only above each of {@link RiskCoverage#THRESHOLDS} */
    public List<RiskCoverage> riskCoverage() {
        return riskCoverage;
    }

    /** @return the answers at the minimum confidence asked for, if one was */
    public java.util.Optional<RiskCoverage> abstention() {
        return java.util.Optional.ofNullable(abstention);
    }

    /** @return what the model's cascade changed, when the model has one */
    public java.util.Optional<CascadeEffect> cascade() {
        return java.util.Optional.ofNullable(cascade);
    }

    /** @return the probability of the predicted class of every sample */
    public float[] confidences() {
        return confidences.clone();
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
