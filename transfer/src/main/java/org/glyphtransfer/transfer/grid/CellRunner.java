package org.glyphtransfer.transfer.grid;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs a grid's cells somewhere other than one after another in this process, e.g. as Spark
 * tasks. The grid decides which cells run (those without a {@code cell.json}) and records and
 * reports each result it is handed.
 */
@FunctionalInterface
public interface CellRunner {
    /**
     * Runs the cells.
     *
     * @param cells the cells that have not finished before, in grid order
     * @param work what one cell does
     * @param finished to be told each cell's result, on the calling thread, in any order
     * @throws org.glyphtransfer.api.GlyphException naming a cell that failed
     */
    void run(List<GridCell> cells, CellWork work, BiConsumer<GridCell, CellResult> finished);
}
