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

    /** @return a builder holding these options; callers add the phase-specific ones */
    PhaseOverrides.Builder overrides() {
        return PhaseOverrides.builder().optPatience(patience).optOptimizer(optimizer).optSchedule(schedule)
                .optWeightDecay(weightDecay).optLabelSmoothing(labelSmoothing);
    }
}
