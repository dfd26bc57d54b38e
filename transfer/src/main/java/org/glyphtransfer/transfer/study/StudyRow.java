package org.glyphtransfer.transfer.study;

/**
 * One run of a data-efficiency study.
 *
 * @param perClass training images per class asked for (0 = all)
 * @param trainPerClass training images per class actually used (mean over classes)
 * @param seed the run's seed
 * @param headAccuracy test accuracy after the first (head-only) phase
 * @param transferAccuracy test accuracy after the last phase
 * @param scratchAccuracy test accuracy of the scratch baseline with the same budget
 */
public record StudyRow(int perClass, double trainPerClass, long seed, double headAccuracy, double transferAccuracy,
        double scratchAccuracy) {}
