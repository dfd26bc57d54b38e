package org.glyphtransfer.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a run's wall time went, stage by stage, in the order the stages ran: engine start, data
 * loading, each network's training (optimiser steps, validation passes, checkpoints), its test
 * pass and saving, and the report. Immutable; {@code glyph pretrain --profile} prints it.
 *
 * @param stages the stages in the order they ran
 */
public record RunTimings(List<Stage> stages) {
    /** The common stage names, so readers of {@link #seconds(String)} need not spell them. */
    public static final String ENGINE = "engine start",
            DATA = "data loading",
            SOURCE = "source model loading",
            STEPS = "optimiser steps",
            VALIDATION = "validation passes",
            CHECKPOINTS = "checkpoints and epoch upkeep",
            TEST = "test evaluation",
            SAVE = "saving the model",
            REPORT = "report and plots";

    /**
     * One stage.
     *
     * @param name what ran, e.g. {@code "optimiser steps"}
     * @param network which network it belonged to ({@code "pretrain"}, {@code "transfer"}, {@code "scratch"}),
     *     or empty for stages of the whole run
     * @param seconds its wall time
     */
    public record Stage(String name, String network, double seconds) {}

    /** Copies the list, so the record stays immutable. */
    public RunTimings {
        stages = List.copyOf(stages);
    }

    /** @return the sum of every stage's seconds */
    public double totalSeconds() {
        return stages.stream().mapToDouble(Stage::seconds).sum();
    }

    /**
     * @param name a stage name
     * @return the seconds of every stage of that name added up, or empty when none ran
     */
    public Optional<Double> seconds(String name) {
        List<Stage> named = new ArrayList<>();
        for (Stage s : stages) {
            if (s.name().equals(name)) {
                named.add(s);
            }
        }
        return named.isEmpty()
                ? Optional.empty()
                : Optional.of(named.stream().mapToDouble(Stage::seconds).sum());
    }
}
