package org.glyphtransfer.transfer.train;

/**
 * A finished phase and the test accuracy of the model right after it (so a report shows head-only
 * and fine-tuned accuracy side by side).
 *
 * @param phase the phase history
 * @param testAccuracy test accuracy after the phase
 */
public record PhaseOutcome(PhaseResult phase, double testAccuracy) {}
