package org.glyphtransfer.app;

import org.glyphtransfer.transfer.PhaseOverrides;
import picocli.CommandLine.Option;

/** The training options that apply to every phase, shared by {@code pretrain}, {@code transfer} and {@code study}. */
final class TrainingKnobs {
    @Option(names = "--patience", description = "Early-stopping patience of every phase (0 = off).") Integer patience;
    @Option(names = "--optimizer", paramLabel = "adam|amsgrad|sgd|rmsprop", description = "Optimiser of every phase.") String optimizer;
    @Option(names = "--schedule", paramLabel = "fixed|cosine|step:N|plateau:N", description = "Learning-rate schedule.") String schedule;
    @Option(names = "--weight-decay", description = "L2 weight decay of every phase.") Double weightDecay;
    @Option(names = "--label-smoothing", description = "Label smoothing of every phase.") Double labelSmoothing;

    /** @return these options as overrides, with the phase-specific ones given (each may be null) */
    PhaseOverrides overrides(Integer headEpochs, Double headLr, String freeze, Integer fineEpochs, Double fineLr,
            Double backboneLrMult, Integer batch) {
        return new PhaseOverrides(headEpochs, headLr, freeze, fineEpochs, fineLr, backboneLrMult, batch, patience, optimizer,
                schedule, weightDecay, labelSmoothing);
    }

    /** @return these options alone as overrides */
    PhaseOverrides overrides() {
        return overrides(null, null, null, null, null, null, null);
    }
}
