package org.glyphtransfer.transfer.grid;

/**
 * What a {@link CellRunner} tells the grid about each cell it was handed: the cell finished, with
 * its result, or it failed for good; either way after how many attempts (a runner such as Spark
 * retries a failed cell). Called on the grid's thread.
 */
public interface CellOutcomes {
    /**
     * @param cell the cell
     * @param result its result
     * @param attempts the attempts it took, the last one the one that finished
     */
    void finished(GridCell cell, CellResult result, int attempts);

    /**
     * @param cell the cell
     * @param reason why its last attempt failed, one sentence
     * @param attempts the attempts made, all failed
     */
    void failed(GridCell cell, String reason, int attempts);
}
