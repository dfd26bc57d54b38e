package org.glyphtransfer.app.sweep;

import java.util.Map;

/**
 * The outcome of one sweep run.
 *
 * @param name the run's folder name
 * @param labels grid entry → value
 * @param perClass training images per class asked for, 0 = all, -1 when the grid does not vary it
 * @param trainPerClass training images per class used
 * @param headAccuracy test accuracy after the first phase
 * @param transferAccuracy test accuracy at the end
 * @param scratchAccuracy test accuracy of the scratch baseline, NaN without one
 * @param skipped true when the run had finished before and was not repeated
 */
public record SweepResult(String name, Map<String, String> labels, int perClass, double trainPerClass, double headAccuracy,
        double transferAccuracy, double scratchAccuracy, boolean skipped) {}
