package org.glyphtransfer.transfer.train;

import java.util.Locale;

/**
 * The numbers of one epoch: training loss and accuracy, validation loss and accuracy, learning
 * rate, time and throughput. Immutable.
 */
public final class EpochStats {
    private final String phase;
    private final int epoch;
    private final double trainLoss;
    private final double trainAccuracy;
    private final double validationLoss;
    private final double validationAccuracy;
    private final double learningRate;
    private final double seconds;
    private final double imagesPerSecond;

    /**
     * Loss and accuracy on one split.
     *
     * @param loss mean loss
     * @param accuracy fraction correct
     */
    public record Scores(double loss, double accuracy) {}

    /**
     * How long an epoch took.
     *
     * @param seconds wall time of training and validation
     * @param imagesPerSecond training throughput
     */
    public record Timing(double seconds, double imagesPerSecond) {}

    /**
     * @param phase the phase name
     * @param epoch 1-based epoch in the phase
     * @param train mean training loss and training accuracy (dropout and augmentation on)
     * @param validation validation loss and accuracy
     * @param learningRate base learning rate in this epoch
     * @param timing wall time and training throughput
     */
    public EpochStats(String phase, int epoch, Scores train, Scores validation, double learningRate, Timing timing) {
        this.phase = phase;
        this.epoch = epoch;
        this.trainLoss = train.loss();
        this.trainAccuracy = train.accuracy();
        this.validationLoss = validation.loss();
        this.validationAccuracy = validation.accuracy();
        this.learningRate = learningRate;
        this.seconds = timing.seconds();
        this.imagesPerSecond = timing.imagesPerSecond();
    }

    /** @return the phase name */
    public String phase() {
        return phase;
    }

    /** @return 1-based epoch */
    public int epoch() {
        return epoch;
    }

    /** @return mean training loss */
    public double trainLoss() {
        return trainLoss;
    }

    /** @return training accuracy */
    public double trainAccuracy() {
        return trainAccuracy;
    }

    /** @return validation loss */
    public double validationLoss() {
        return validationLoss;
    }

    /** @return validation accuracy */
    public double validationAccuracy() {
        return validationAccuracy;
    }

    /** @return base learning rate */
    public double learningRate() {
        return learningRate;
    }

    /** @return seconds for the epoch */
    public double seconds() {
        return seconds;
    }

    /** @return training images per second */
    public double imagesPerSecond() {
        return imagesPerSecond;
    }

    /** @return one line for logs */
    public String line() {
        return String.format(
                Locale.ROOT,
                "%s epoch %d: loss %.4f acc %.4f | val loss %.4f acc %.4f | lr %.2g | %.1fs, %.0f img/s",
                phase,
                epoch,
                trainLoss,
                trainAccuracy,
                validationLoss,
                validationAccuracy,
                learningRate,
                seconds,
                imagesPerSecond);
    }

    @Override
    public String toString() {
        return line();
    }
}
