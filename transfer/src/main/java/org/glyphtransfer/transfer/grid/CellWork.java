package org.glyphtransfer.transfer.grid;

import org.glyphtransfer.transfer.RunResult;

/** The work of one grid cell, supplied by the caller: a transfer, an experiment, anything that gives a {@link RunResult}. */
@FunctionalInterface
public interface CellWork {
    /**
     * Runs one cell; called only for cells that have not finished before.
     *
     * @param cell the point, the seed and the folder to write into
     * @return the run's result
     */
    RunResult run(GridCell cell);
}
