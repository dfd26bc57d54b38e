package org.glyphtransfer.transfer.eval;

/**
 * Precision, recall, F1 and support of one class (or an average over classes). Immutable.
 *
 * @param name class name, or "macro avg" / "weighted avg"
 * @param precision correct among those predicted as the class
 * @param recall correct among those of the class
 * @param f1 harmonic mean of precision and recall
 * @param support samples of the class
 */
public record ClassMetrics(String name, double precision, double recall, double f1, int support) {}
