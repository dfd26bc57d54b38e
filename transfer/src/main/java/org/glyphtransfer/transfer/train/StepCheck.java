package org.glyphtransfer.transfer.train;

import java.util.Locale;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * Warns before a phase that updates the weights too few times to learn anything: a run of 8
 * optimiser steps ends near chance without an error, and the cause (a small subset, a large
 * batch, one epoch) is easy to fix once named.
 */
final class StepCheck {
    /** Below this many optimiser steps a phase is warned about. */
    static final int MIN_STEPS = 25;

    private StepCheck() {}

    static void warnIfTooFew(Phase phase, int batchesPerEpoch, TrainingListener listener) {
        long steps = (long) phase.epochs() * batchesPerEpoch;
        if (steps < MIN_STEPS) {
            listener.onWarning(String.format(
                    Locale.ROOT,
                    "phase '%s' makes only %d optimiser steps (%d epochs × %d batches of %d); under %d a network"
                            + " rarely learns much: train more epochs, on more images, or with a smaller batch",
                    phase.name(),
                    steps,
                    phase.epochs(),
                    batchesPerEpoch,
                    phase.batchSize(),
                    MIN_STEPS));
        }
    }
}
