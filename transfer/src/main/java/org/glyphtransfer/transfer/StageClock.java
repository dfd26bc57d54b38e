package org.glyphtransfer.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.glyphtransfer.transfer.train.EpochStats;
import org.glyphtransfer.transfer.train.PhaseOutcome;

/** Records a run's stages as they happen; {@link #timings()} hands out the immutable result. */
final class StageClock {
    private final List<RunTimings.Stage> stages = new ArrayList<>();

    /** Runs one stage of the whole run and records its wall time. */
    <T> T time(String name, Supplier<T> work) {
        return time(name, "", work);
    }

    /** Runs one stage of a network's training and records its wall time. */
    <T> T time(String name, String network, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(name, network, (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Records a network's training, split by what its epochs report: the optimiser steps (from each
     * epoch's training throughput), the validation passes (the rest of each epoch's time) and
     * whatever the epochs' own clocks do not cover (checkpoints, schedules, set-up).
     */
    void recordTraining(String network, double wallSeconds, int trainImages, List<PhaseOutcome> phases) {
        double steps = 0;
        double epochs = 0;
        for (PhaseOutcome p : phases) {
            for (EpochStats e : p.phase().epochs()) {
                double trainSeconds = e.imagesPerSecond() > 0 ? trainImages / e.imagesPerSecond() : 0;
                steps += trainSeconds;
                epochs += e.seconds();
            }
        }
        record(RunTimings.STEPS, network, steps);
        record(RunTimings.VALIDATION, network, epochs - steps);
        record(RunTimings.CHECKPOINTS, network, Math.max(0, wallSeconds - epochs));
    }

    /** Adds time measured elsewhere to a stage; added right after the same stage, it joins that row. */
    void add(String name, String network, double seconds) {
        record(name, network, seconds);
    }

    private void record(String name, String network, double seconds) {
        RunTimings.Stage last = stages.isEmpty() ? null : stages.get(stages.size() - 1);
        if (last != null && last.name().equals(name) && last.network().equals(network)) {
            stages.set(stages.size() - 1, new RunTimings.Stage(name, network, last.seconds() + seconds));
        } else {
            stages.add(new RunTimings.Stage(name, network, seconds));
        }
    }

    RunTimings timings() {
        return new RunTimings(stages);
    }
}
