package org.glyphtransfer.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    private final Summary summary;

    /**
     * What a model trained without epochs (a classic baseline) reports: its training time and facts
     * for the report's summary table, such as the method's options, the model's size and memory.
     *
     * @param trainingSeconds seconds the training took
     * @param facts label → value rows, in order
     */
    public record Summary(double trainingSeconds, Map<String, String> facts) {
        /** Keeps an ordered copy. */
        public Summary {
            facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        }
    }

    TrainedModel(
            String label, List<PhaseOutcome> phases, Evaluation evaluation, Provenance provenance, Path directory) {
        this(label, phases, evaluation, provenance, directory, null);
    }

    private TrainedModel(
            String label,
            List<PhaseOutcome> phases,
            Evaluation evaluation,
            Provenance provenance,
            Path directory,
            Summary summary) {
        this.label = label;
        this.phases = List.copyOf(phases);
        this.evaluation = evaluation;
        this.provenance = provenance;
        this.directory = directory;
        this.summary = summary;
    }

    /**
     * A model trained in one step, without phases or epochs.
     *
     * @param label what was trained, e.g. "knn on mnist"
     * @param evaluation its test evaluation
     * @param provenance its model.json
     * @param directory its folder, or null
     * @param summary training time and facts for the report
     * @return the trained model
     */
    public static TrainedModel withoutPhases(
            String label, Evaluation evaluation, Provenance provenance, Path directory, Summary summary) {
        return new TrainedModel(label, List.of(), evaluation, provenance, directory, summary);
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

    /** @return total training time over the phases (or of the one step), seconds */
    public double trainingSeconds() {
        if (summary != null) {
            return summary.trainingSeconds();
        }
        return phases.stream().mapToDouble(p -> p.phase().seconds()).sum();
    }

    /** @return extra rows of the report's summary table, label → value; empty for a network */
    public Map<String, String> facts() {
        return summary == null ? Map.of() : summary.facts();
    }
}
