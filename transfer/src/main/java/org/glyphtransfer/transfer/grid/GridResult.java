package org.glyphtransfer.transfer.grid;

import java.util.List;

/**
 * What a grid run gives: every finished cell, the summary per point, and how the cells that ran
 * in this call went. Immutable.
 *
 * @param cells every finished cell's result, point by point and seed by seed
 * @param summary mean ± standard deviation over seeds, one per point, in the points' order
 * @param ran how many cells ran and finished in this call (the others had finished before, or failed)
 * @param runs every cell that ran in this call, finished or failed, in grid order
 */
public record GridResult(List<CellResult> cells, List<PointSummary> summary, int ran, List<CellRun> runs) {

    /** Copies the lists. */
    public GridResult {
        cells = List.copyOf(cells);
        summary = List.copyOf(summary);
        runs = List.copyOf(runs);
    }

    /** @return the cells that failed for good in this call; empty when every cell finished */
    public List<CellRun> failed() {
        return runs.stream().filter(r -> !r.finished()).toList();
    }
}
