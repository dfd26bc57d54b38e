package org.glyphtransfer.transfer.cascade;

/**
 * How a specialist's answer enters the main model's probabilities: when the main model's best class
 * is in the specialist's subset, the probability the main model gives the subset as a whole is shared
 * out among its classes as the specialist says. Classes outside the subset keep theirs, so the row
 * still sums to one and a confident specialist decides within the subset.
 */
public final class CascadeRule {
    private CascadeRule() {}

    /**
     * Applies one specialist to one sample.
     *
     * @param main the main model's probabilities of one sample, K values (changed in place)
     * @param routedBy the main model's own best class for this sample, before any specialist
     * @param toMain the main model's index of each specialist class
     * @param specialist the specialist's probabilities of the same sample, one per specialist class
     * @return whether the specialist was asked (the main model's best class is in its subset)
     */
    public static boolean apply(float[] main, int routedBy, int[] toMain, float[] specialist) {
        boolean routed = false;
        double mass = 0;
        for (int index : toMain) {
            routed |= index == routedBy;
            mass += main[index];
        }
        if (!routed) {
            return false;
        }
        for (int j = 0; j < toMain.length; j++) {
            main[toMain[j]] = (float) (mass * specialist[j]);
        }
        return true;
    }

    /**
     * @param row probabilities
     * @return the index of the largest, the lowest index on ties
     */
    public static int best(float[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }
}
