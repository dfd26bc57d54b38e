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
 * the model folder's class order. A method that gives probabilities (k-NN votes, the forest's votes,
 * logistic regression, boosting) fills the row with them; one that gives none (the SVMs) marks its
 * answer with 1. Thread-safe: a Tribuo model does not change once trained.
 */
final class TribuoScoring implements ScoringModel {
    private final Model<Label> model;
    private final Provenance provenance;
    private final PixelFeatures features;
    private volatile boolean closed;

    TribuoScoring(Model<Label> model, Provenance provenance, Method method) {
        this.model = model;
        this.provenance = provenance;
        long[] shape = provenance.inputShape();
        this.features = new PixelFeatures((int) (shape[0] * shape[1] * shape[2]), method == Method.KNN);
    }

    /** @return the Tribuo model */
    Model<Label> model() {
        return model;
    }

    /** @return whether the rows are probabilities rather than one-hot answers */
    boolean givesScores() {
        return model.generatesProbabilities();
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
            if (p.hasProbabilities()) {
                Map<String, Label> scores = p.getOutputScores();
                for (int c = 0; c < k; c++) {
                    Label score = scores.get(classes.get(c));
                    out[i * k + c] = score == null ? 0f : (float) score.getScore();
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
