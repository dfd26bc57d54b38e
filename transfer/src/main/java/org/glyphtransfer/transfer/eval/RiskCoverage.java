package org.glyphtransfer.transfer.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a risk–coverage table: answering only when the best class has at least
 * {@code threshold} probability, how many samples are answered and how accurate those answers are.
 * Raising the threshold trades coverage for accuracy; the table lets a user pick a minimum confidence.
 *
 * @param threshold the minimum confidence
 * @param answered samples answered
 * @param coverage answered / all samples
 * @param accuracy correct / answered (NaN when nothing is answered)
 */
public record RiskCoverage(double threshold, int answered, double coverage, double accuracy) {
    /** The thresholds every report shows. */
    public static final double[] THRESHOLDS = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999};

    /**
     * @param threshold the minimum confidence
     * @param confidences each sample's best probability
     * @param correct whether each sample's best class is right
     * @return the row
     */
    public static RiskCoverage at(double threshold, float[] confidences, boolean[] correct) {
        int answered = 0;
        int right = 0;
        for (int i = 0; i < confidences.length; i++) {
            if (confidences[i] >= threshold) {
                answered++;
                if (correct[i]) {
                    right++;
                }
            }
        }
        int n = confidences.length;
        return new RiskCoverage(
                threshold,
                answered,
                n == 0 ? Double.NaN : answered / (double) n,
                answered == 0 ? Double.NaN : right / (double) answered);
    }

    /**
     * @param confidences each sample's best probability
     * @param correct whether each sample's best class is right
     * @return one row per threshold of {@link #THRESHOLDS}
     */
    public static List<RiskCoverage> table(float[] confidences, boolean[] correct) {
        List<RiskCoverage> rows = new ArrayList<>();
        for (double t : THRESHOLDS) {
            rows.add(at(t, confidences, correct));
        }
        return List.copyOf(rows);
    }
}
