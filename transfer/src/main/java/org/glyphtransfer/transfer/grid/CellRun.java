package org.glyphtransfer.transfer.grid;

/**
 * How one cell went in one call of {@link Grid#run}: the attempts it took and, when it failed for
 * good, why. Immutable.
 *
 * @param point the point's name
 * @param seed the seed
 * @param attempts attempts made: 1 unless a runner retried it
 * @param error why its last attempt failed, one sentence; null when it finished
 */
public record CellRun(String point, long seed, int attempts, String error) implements java.io.Serializable {
    /** @return whether the cell finished */
    public boolean finished() {
        return error == null;
    }
}
