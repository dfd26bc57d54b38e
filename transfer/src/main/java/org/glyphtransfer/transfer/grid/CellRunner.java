package org.glyphtransfer.transfer.grid;

import java.util.List;

/**
 * Runs a grid's cells somewhere other than one after another in this process, e.g. as Spark
 * tasks. The grid decides which cells run (those without a {@code cell.json}) and records and
 * reports each outcome it is told: a cell that fails for good is reported beside the others'
 * results rather than stopping them.
 */
@FunctionalInterface
public interface CellRunner extends AutoCloseable {
    /**
     * Runs the cells and tells the grid how each went.
     *
     * @param cells the cells that have not finished before, in grid order
     * @param work what one cell does
     * @param outcomes to be told each cell's outcome, on the calling thread, in any order
     * @throws org.glyphtransfer.api.GlyphException when the runner itself fails (not one cell)
     */
    void run(List<GridCell> cells, CellWork work, CellOutcomes outcomes);

    /** Frees what the runner started for the caller (e.g. its Spark session); by default nothing. */
    @Override
    default void close() {}
}
