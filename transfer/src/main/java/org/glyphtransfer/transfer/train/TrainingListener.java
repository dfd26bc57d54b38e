package org.glyphtransfer.transfer.train;

import org.glyphtransfer.transfer.settings.Phase;

/**
 * Progress of training, for progress bars and logs. Every method has an empty default, so a
 * listener implements only what it shows. Called on the training thread; keep it quick.
 */
public interface TrainingListener {
    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {};

    /**
     * A phase starts.
     *
     * @param run what is being trained, e.g. "pretrain simple-cnn on mnist"
     * @param phase the phase
     * @param trainableParameters parameters that will be updated
     * @param frozenParameters parameters that stay as they are
     * @param batchesPerEpoch batches in one epoch
     */
    default void onPhaseStart(
            String run, Phase phase, long trainableParameters, long frozenParameters, int batchesPerEpoch) {}

    /**
     * A batch ended (called at most a few times a second).
     *
     * @param epoch 1-based epoch in the phase
     * @param batch 1-based batch in the epoch
     * @param batches batches in the epoch
     * @param runningLoss mean training loss so far in the epoch
     * @param imagesPerSecond training throughput so far in the epoch
     */
    default void onBatch(int epoch, int batch, int batches, double runningLoss, double imagesPerSecond) {}

    /**
     * An epoch ended, validation included.
     *
     * @param stats the epoch's numbers
     */
    default void onEpoch(EpochStats stats) {}

    /**
     * A phase ended.
     *
     * @param result the phase's history and timing
     */
    default void onPhaseEnd(PhaseResult result) {}

    /**
     * A line worth telling the user (dataset sizes, where files were written).
     *
     * @param message the line
     */
    default void onMessage(String message) {}

    /**
     * Something about the run that is probably a mistake, though not an error (too few optimiser
     * steps to learn anything, say). By default it goes to {@link #onMessage}.
     *
     * @param warning the line, without a "warning:" prefix
     */
    default void onWarning(String warning) {
        onMessage("warning: " + warning);
    }
}
