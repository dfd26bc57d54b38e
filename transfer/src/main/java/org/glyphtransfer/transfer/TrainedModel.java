package org.glyphtransfer.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.train.PhaseOutcome;

/**
 * The outcome of training one model: its phases, the test evaluation, its provenance and, when
 * saved, its folder. Immutable.
 */
public final class TrainedModel {
    private final String label;
    private final List<PhaseOutcome> phases;
    private final Evaluation evaluation;
    private final Provenance provenance;
    private final Path directory;

    TrainedModel(
            String label, List<PhaseOutcome> phases, Evaluation evaluation, Provenance provenance, Path directory) {
        this.label = label;
        this.phases = List.copyOf(phases);
        this.evaluation = evaluation;
        this.provenance = provenance;
        this.directory = directory;
    }

    /** @return what was trained, e.g. "transfer simple-cnn → letter-folders" */
    public String label() {
        return label;
    }

    /** @return every phase with the test accuracy after it */
    public List<PhaseOutcome> phases() {
        return phases;
    }

    /** @return the final test evaluation */
    public Evaluation evaluation() {
        return evaluation;
    }

    /** @return final test accuracy */
    public double testAccuracy() {
        return evaluation.accuracy();
    }

    /** @return provenance as recorded (or as it would be recorded) in model.json */
    public Provenance provenance() {
        return provenance;
    }

    /** @return the model folder, when saved */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** @return total training time over the phases, seconds */
    public double trainingSeconds() {
        return phases.stream().mapToDouble(p -> p.phase().seconds()).sum();
    }
}
