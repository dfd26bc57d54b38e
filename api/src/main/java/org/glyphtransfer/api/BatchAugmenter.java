package org.glyphtransfer.api;

import ai.djl.ndarray.NDArray;
import java.util.Random;

/**
 * Random augmentation of a training batch (rotation, shift, shear, zoom, …). Implementations
 * must be deterministic for a given {@link Random} state, so a seeded run repeats exactly.
 */
@FunctionalInterface
public interface BatchAugmenter {
    /**
     * Returns an augmented copy of a batch.
     *
     * @param batch B × C × H × W float32 images in [0, 1]
     * @param random the run's seeded random source
     * @return the augmented batch, same shape, on the same manager as {@code batch}
     */
    NDArray augment(NDArray batch, Random random);
}
