package org.glyphtransfer.transfer.grid;

import java.util.List;

/**
 * What a grid run gives: every cell and the summary per point. Immutable.
 *
 * @param cells every cell's result, point by point and seed by seed
 * @param summary mean ± standard deviation over seeds, one per point, in the points' order
 * @param ran how many cells ran in this call (the others had finished before)
 */
public record GridResult(List<CellResult> cells, List<PointSummary> summary, int ran) {

    /** Copies the lists. */
    public GridResult {
        cells = List.copyOf(cells);
        summary = List.copyOf(summary);
    }
}
