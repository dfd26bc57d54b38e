package org.glyphtransfer.transfer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The result of a pretraining or transfer run: the trained model, the scratch baseline when asked
 * for, and the folder holding the model and its report. Immutable.
 */
public final class RunResult {
    private final TrainedModel model;
    private final TrainedModel baseline;
    private final Path outputDirectory;
    private final RunTimings timings;

    RunResult(TrainedModel model, TrainedModel baseline, Path outputDirectory) {
        this(model, baseline, outputDirectory, new RunTimings(java.util.List.of()));
    }

    RunResult(TrainedModel model, TrainedModel baseline, Path outputDirectory, RunTimings timings) {
        this.model = model;
        this.baseline = baseline;
        this.outputDirectory = outputDirectory;
        this.timings = timings;
    }

    /** @return the trained model */
    public TrainedModel model() {
        return model;
    }

    /** @return the scratch baseline, when {@code baselineScratch(true)} was set */
    public Optional<TrainedModel> baseline() {
        return Optional.ofNullable(baseline);
    }

    /** @return the output folder, when the run saved one */
    public Optional<Path> outputDirectory() {
        return Optional.ofNullable(outputDirectory);
    }

    /** @return where the run's wall time went, stage by stage */
    public RunTimings timings() {
        return timings;
    }

    /** @return final test accuracy of the trained model */
    public double testAccuracy() {
        return model.evaluation().accuracy();
    }
}
