package org.glyphtransfer.transfer.grid;

import java.util.OptionalDouble;

/**
 * The test accuracies of one grid cell. Immutable.
 *
 * @param head after the first phase (the head-only phase of a transfer)
 * @param last after the last phase: the model's final accuracy
 * @param scratch of the scratch baseline trained alongside; null when none ran
 */
public record Accuracy(double head, double last, Double scratch) implements java.io.Serializable {

    /** @return the scratch baseline's accuracy, when one ran */
    public OptionalDouble scratchIfRan() {
        return scratch == null ? OptionalDouble.empty() : OptionalDouble.of(scratch);
    }
}
