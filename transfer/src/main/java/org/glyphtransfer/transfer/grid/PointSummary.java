package org.glyphtransfer.transfer.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * One point of a grid over its seeds: mean ± standard deviation of every accuracy. Immutable.
 *
 * @param point the point: name, labels and the images per class asked for
 * @param trainPerClass training images per class used, mean over seeds
 * @param seeds how many seeds
 * @param head test accuracy after the first phase
 * @param last test accuracy after the last phase: the final accuracy
 * @param scratch test accuracy of the scratch baseline; null unless every seed ran one
 */
public record PointSummary(
        GridPoint point, double trainPerClass, int seeds, MeanStd head, MeanStd last, MeanStd scratch) {

    /**
     * Groups cells by point.
     *
     * @param points the grid's points, in table order
     * @param cells every cell's result
     * @return one summary per point that has cells, in the points' order
     */
    public static List<PointSummary> of(List<GridPoint> points, List<CellResult> cells) {
        List<PointSummary> out = new ArrayList<>();
        for (GridPoint p : points) {
            List<CellResult> group = cells.stream()
                    .filter(c -> c.point().name().equals(p.name()))
                    .toList();
            if (group.isEmpty()) {
                continue;
            }
            boolean scratch = group.stream().allMatch(c -> c.accuracy().scratch() != null);
            out.add(new PointSummary(
                    p,
                    stat(group, CellResult::trainPerClass).mean(),
                    group.size(),
                    stat(group, c -> c.accuracy().head()),
                    stat(group, c -> c.accuracy().last()),
                    scratch ? stat(group, c -> c.accuracy().scratch()) : null));
        }
        return out;
    }

    private static MeanStd stat(List<CellResult> cells, Function<CellResult, Double> value) {
        return MeanStd.of(cells.stream().map(value).toList());
    }

    /** @return mean final accuracy minus mean scratch accuracy, when every seed ran a baseline */
    public OptionalDouble gain() {
        return scratch == null ? OptionalDouble.empty() : OptionalDouble.of(last.mean() - scratch.mean());
    }

    /** @return the images per class as a table shows them: "8", "all (~40)", or "–" when not varied */
    public String budgetLabel() {
        if (!point.hasBudget()) {
            return "–";
        }
        return point.perClass() == 0
                ? String.format(Locale.ROOT, "all (~%.0f)", trainPerClass)
                : Integer.toString(point.perClass());
    }
}
