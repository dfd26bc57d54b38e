package org.glyphtransfer.baselines;

import java.util.List;
import java.util.Map;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.store.ScoringModel;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * A Tribuo model as glyph's {@link ScoringModel}: preprocessed images in, one row per image out, in
 * the model folder's class order. A method that gives probabilities (logistic regression, boosting)
 * fills the row with them; one that gives none (the SVMs) marks its answer with 1; the voting methods (k-NN, the forest) give each class its share of the votes. Thread-safe: a Tribuo model does not change once trained.
 */
final class TribuoScoring implements ScoringModel {
    private final Model<Label> model;
    private final Provenance provenance;
    private final PixelFeatures features;
    private final boolean votes;
    private volatile boolean closed;

    TribuoScoring(Model<Label> model, Provenance provenance, Method method) {
        this.model = model;
        this.provenance = provenance;
        this.votes = method == Method.KNN || method == Method.RANDOM_FOREST;
        long[] shape = provenance.inputShape();
        this.features = new PixelFeatures((int) (shape[0] * shape[1] * shape[2]), method == Method.KNN);
    }

    /** @return the Tribuo model */
    Model<Label> model() {
        return model;
    }

    /** @return what the rows hold, for the report */
    String confidences() {
        if (model.generatesProbabilities()) {
            return "the method's class probabilities";
        }
        return votes
                ? "the share of the votes (neighbours or trees) for each class"
                : "none: the method gives its answer only, counted as confidence 1";
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public float[] probabilities(float[] inputs, int count) {
        if (closed) {
            throw new IllegalStateException("Baseline model " + provenance.architecture() + " is closed");
        }
        List<Prediction<Label>> predictions = model.predict(features.examples(inputs, count));
        List<String> classes = provenance.classNames();
        int k = classes.size();
        float[] out = new float[count * k];
        for (int i = 0; i < count; i++) {
            Prediction<Label> p = predictions.get(i);
            Map<String, Label> scores = p.getOutputScores();
            if (p.hasProbabilities() || (votes && !scores.isEmpty())) {
                double total = 0;
                for (int c = 0; c < k; c++) {
                    Label score = scores.get(classes.get(c));
                    out[i * k + c] = score == null ? 0f : (float) score.getScore();
                    total += out[i * k + c];
                }
                // Votes are counts or weights; as shares they read like probabilities.
                for (int c = 0; votes && total > 0 && c < k; c++) {
                    out[i * k + c] /= (float) total;
                }
            } else {
                int best = classes.indexOf(p.getOutput().getLabel());
                if (best >= 0) {
                    out[i * k + best] = 1f;
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        closed = true;
    }
}
