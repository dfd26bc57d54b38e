package org.glyphtransfer.transfer.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Mean and standard deviation over seeds of each per-class budget of a study. Immutable.
 *
 * @param perClass images per class asked for (0 = all)
 * @param trainPerClass images per class used
 * @param seeds number of seeds
 * @param head mean and std of head-only accuracy
 * @param transfer mean and std of transfer accuracy
 * @param scratch mean and std of scratch accuracy
 */
public record StudySummary(int perClass, double trainPerClass, int seeds, double[] head, double[] transfer, double[] scratch) {

    /**
     * Groups rows by budget.
     *
     * @param rows every run
     * @return one summary per budget, smallest first, "all" last
     */
    public static List<StudySummary> of(List<StudyRow> rows) {
        Map<Integer, List<StudyRow>> byBudget = new TreeMap<>((a, b) -> Integer.compare(a == 0 ? Integer.MAX_VALUE : a,
                b == 0 ? Integer.MAX_VALUE : b));
        for (StudyRow r : rows) {
            byBudget.computeIfAbsent(r.perClass(), k -> new ArrayList<>()).add(r);
        }
        List<StudySummary> out = new ArrayList<>();
        byBudget.forEach((budget, group) -> out.add(new StudySummary(budget,
                group.stream().mapToDouble(StudyRow::trainPerClass).average().orElse(0), group.size(),
                meanStd(group, StudyRow::headAccuracy), meanStd(group, StudyRow::transferAccuracy),
                meanStd(group, StudyRow::scratchAccuracy))));
        return out;
    }

    /** @return the budget as written in tables: the number, or "all (~N)" */
    public String label() {
        return perClass == 0 ? String.format(Locale.ROOT, "all (~%.0f)", trainPerClass) : Integer.toString(perClass);
    }

    /** @return transfer minus scratch, mean accuracy */
    public double gain() {
        return transfer[0] - scratch[0];
    }

    static double[] meanStd(List<StudyRow> rows, ToDoubleFunction<StudyRow> value) {
        double mean = rows.stream().mapToDouble(value).average().orElse(Double.NaN);
        double var = rows.stream().mapToDouble(r -> Math.pow(value.applyAsDouble(r) - mean, 2)).sum()
                / Math.max(1, rows.size() - 1);
        return new double[] {mean, Math.sqrt(var)};
    }
}
