package org.glyphtransfer.transfer.train;

import java.util.List;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * What a phase did: its settings, every epoch, which epoch was kept, whether it stopped early,
 * parameter counts and time. Immutable.
 */
public final class PhaseResult {
    /**
     * How many parameters a phase trained and how many it froze.
     *
     * @param trainable parameters updated
     * @param frozen parameters left as they were
     */
    public record ParameterCounts(long trainable, long frozen) {}

    private final Phase phase;
    private final List<EpochStats> epochs;
    private final int bestEpoch;
    private final boolean stoppedEarly;
    private final long trainableParameters;
    private final long frozenParameters;
    private final double seconds;

    /**
     * @param phase the phase's settings
     * @param epochs every epoch run
     * @param bestEpoch the 1-based epoch whose weights were kept
     * @param stoppedEarly true when early stopping ended the phase
     * @param parameters parameters updated and left as they were
     * @param seconds wall time
     */
    public PhaseResult(
            Phase phase,
            List<EpochStats> epochs,
            int bestEpoch,
            boolean stoppedEarly,
            ParameterCounts parameters,
            double seconds) {
        this.phase = phase;
        this.epochs = List.copyOf(epochs);
        this.bestEpoch = bestEpoch;
        this.stoppedEarly = stoppedEarly;
        this.trainableParameters = parameters.trainable();
        this.frozenParameters = parameters.frozen();
        this.seconds = seconds;
    }

    /** @return the phase name */
    public String name() {
        return phase.name();
    }

    /** @return the phase's settings */
    public Phase phase() {
        return phase;
    }

    /** @return every epoch run */
    public List<EpochStats> epochs() {
        return epochs;
    }

    /** @return the 1-based epoch whose weights were kept */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** @return true when early stopping ended the phase */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /** @return parameters updated */
    public long trainableParameters() {
        return trainableParameters;
    }

    /** @return parameters left as they were */
    public long frozenParameters() {
        return frozenParameters;
    }

    /** @return wall time in seconds */
    public double seconds() {
        return seconds;
    }

    /** @return mean training throughput over the phase's epochs, images per second */
    public double meanImagesPerSecond() {
        return epochs.stream()
                .mapToDouble(EpochStats::imagesPerSecond)
                .average()
                .orElse(0);
    }
}
