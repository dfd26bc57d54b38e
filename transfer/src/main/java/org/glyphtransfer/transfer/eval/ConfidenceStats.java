package org.glyphtransfer.transfer.eval;

/**
 * Summary of prediction confidences (the probability of the predicted class).
 *
 * @param count how many predictions
 * @param mean mean confidence
 * @param std standard deviation
 * @param min lowest
 * @param max highest
 */
public record ConfidenceStats(int count, double mean, double std, double min, double max) {
    static ConfidenceStats of(float[] values, int count) {
        if (count == 0) {
            return new ConfidenceStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            sum += values[i];
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        double mean = sum / count;
        double squares = 0;
        for (int i = 0; i < count; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        return new ConfidenceStats(count, mean, Math.sqrt(squares / count), min, max);
    }
}
