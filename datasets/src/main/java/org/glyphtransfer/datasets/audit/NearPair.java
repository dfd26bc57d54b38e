package org.glyphtransfer.datasets.audit;

/**
 * Two samples whose perceptual hashes differ in few bits.
 *
 * @param first a sample id
 * @param second another sample id
 * @param distance differing bits of 64
 */
public record NearPair(String first, String second, int distance) {}
