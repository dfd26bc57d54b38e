package org.glyphtransfer.datasets.core;

/**
 * Sample indices divided in two: those kept and those held out (for validation or test). Both
 * arrays are in ascending order, so the original sample order survives a split.
 */
public final class Partition {
    private final int[] kept;
    private final int[] heldOut;

    Partition(int[] kept, int[] heldOut) {
        this.kept = kept;
        this.heldOut = heldOut;
    }

    /** @return indices that stay, ascending; a copy */
    public int[] kept() {
        return kept.clone();
    }

    /** @return indices held out, ascending; a copy */
    public int[] heldOut() {
        return heldOut.clone();
    }
}
