package org.glyphtransfer.datasets.core;

/**
 * Independent seeds for the separate random choices of one load (test split, validation split,
 * subset), all derived from the request's seed, so changing one option does not reshuffle the
 * others.
 */
public final class Seeds {
    private Seeds() {}

    /**
     * Derives a seed for one purpose.
     *
     * @param seed the request's seed
     * @param purpose a fixed name, e.g. "validation"
     * @return a well-mixed seed
     */
    public static long derive(long seed, String purpose) {
        long z = seed ^ ((long) purpose.hashCode() * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
