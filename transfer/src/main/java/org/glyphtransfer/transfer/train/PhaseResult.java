package org.glyphtransfer.transfer.train;

import java.util.List;
import java.util.Map;

/**
 * What a phase did: its settings, every epoch, which epoch was kept, whether it stopped early,
 * parameter counts and time. Immutable.
 */
public final class PhaseResult {
    private final Map<String, Object> settings;
    private final List<EpochStats> epochs;
    private final int bestEpoch;
    private final boolean stoppedEarly;
    private final long trainableParameters;
    private final long frozenParameters;
    private final double seconds;

    /**
     * @param settings the phase as {@link Phase#describe()} gives it
     * @param epochs every epoch run
     * @param bestEpoch the 1-based epoch whose weights were kept
     * @param stoppedEarly true when early stopping ended the phase
     * @param trainableParameters parameters updated
     * @param frozenParameters parameters left as they were
     * @param seconds wall time
     */
    public PhaseResult(Map<String, Object> settings, List<EpochStats> epochs, int bestEpoch, boolean stoppedEarly,
            long trainableParameters, long frozenParameters, double seconds) {
        this.settings = Map.copyOf(settings);
        this.epochs = List.copyOf(epochs);
        this.bestEpoch = bestEpoch;
        this.stoppedEarly = stoppedEarly;
        this.trainableParameters = trainableParameters;
        this.frozenParameters = frozenParameters;
        this.seconds = seconds;
    }

    /** @return the phase name */
    public String name() {
        return (String) settings.get("name");
    }

    /** @return the phase settings */
    public Map<String, Object> settings() {
        return settings;
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
        return epochs.stream().mapToDouble(EpochStats::imagesPerSecond).average().orElse(0);
    }
}
