package org.glyphtransfer.transfer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/**
 * Copies values into an existing tensor without a word on standard error. DJL's
 * {@code NDArray.copyTo} runs under a guard that libtorch deprecated, and libtorch prints a
 * warning the first time; an indexed assignment of the whole tensor writes the same values
 * silently. A tensor that records gradients stops recording during the copy, since libtorch
 * refuses to write into such a tensor in place.
 */
final class TensorCopy {
    private static final NDIndex ALL = new NDIndex("...");

    private TensorCopy() {}

    static void into(NDArray from, NDArray to) {
        boolean records = to.hasGradient();
        if (records) {
            to.setRequiresGradient(false);
        }
        to.set(ALL, from);
        if (records) {
            to.setRequiresGradient(true);
        }
    }
}
