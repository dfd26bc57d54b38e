package org.glyphtransfer.transfer.grid;

import java.util.List;
import java.util.Locale;

/**
 * Mean and sample standard deviation of a value over the seeds of a point. Immutable.
 *
 * @param mean the mean
 * @param std the sample standard deviation; 0 with one value
 * @param n how many values
 */
public record MeanStd(double mean, double std, int n) {

    /**
     * @param values at least one value
     * @return their mean and standard deviation
     */
    public static MeanStd of(List<Double> values) {
        int n = values.size();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares =
                values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return new MeanStd(mean, n < 2 ? 0 : Math.sqrt(squares / (n - 1)), n);
    }

    /**
     * @param decimals digits after the point
     * @return "0.912 ± 0.010", or "0.912" for a single value
     */
    public String format(int decimals) {
        String f = "%." + decimals + "f";
        return n < 2 ? String.format(Locale.ROOT, f, mean) : String.format(Locale.ROOT, f + " ± " + f, mean, std);
    }
}
