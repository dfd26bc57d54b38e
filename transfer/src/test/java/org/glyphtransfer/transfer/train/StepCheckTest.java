package org.glyphtransfer.transfer.train;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.testing.TestRuntimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with too few optimiser steps to learn is named before it starts, not left to end near chance. */
class StepCheckTest {
    @TempDir
    Path dir;

    private List<String> warningsOf(int perClass, int epochs) {
        List<String> warnings = new ArrayList<>();
        TrainingListener collect = new TrainingListener() {
            @Override
            public void onWarning(String warning) {
                warnings.add(warning);
            }
        };
        Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=3", "perClass=" + perClass))
                .epochs(epochs)
                .batchSize(16)
                .saveTo(dir.resolve(perClass + "-" + epochs))
                .runtime(TestRuntimes.builder(Path.of("."), CpuEngine.options(1))
                        .optListener(collect)
                        .build())
                .run();
        return warnings;
    }

    @Test
    void eightStepsAreWarnedAboutAndEnoughStepsAreNot() {
        List<String> few = warningsOf(16, 2);
        assertEquals(1, few.size(), few.toString());
        assertTrue(
                few.get(0).startsWith("phase 'pretrain' makes only 8 optimiser steps (2 epochs × 4 batches of 16)"),
                few.get(0));
        assertEquals(List.of(), warningsOf(16, 7), "28 steps");
    }
}
