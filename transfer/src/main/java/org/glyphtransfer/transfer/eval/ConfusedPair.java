package org.glyphtransfer.transfer.eval;

/**
 * How often samples of one class were predicted as another.
 *
 * @param actual the true class
 * @param predicted the class predicted instead
 * @param count how many times
 */
public record ConfusedPair(String actual, String predicted, int count) {}
