package org.glyphtransfer.transfer;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.testing.TestRuntimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short pretraining, transfer and scratch run on generated data, one thread, fixed seed: its
 * metrics must equal, to the last digit, the values recorded before the training code was
 * restructured. A change here means training itself changed, not just its wiring.
 */
class RecordedMetricsTest {
    @TempDir
    Path dir;

    private static GlyphRuntime runtime() {
        return TestRuntimes.builder(Path.of("."), CpuEngine.options(1, 5)).build();
    }

    @Test
    void referencePretrainingTransferAndScratchReproduceTheRecordedMetrics() {
        RunResult source = Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=3"))
                .recipe(PretrainingRecipe.REFERENCE)
                .epochs(2)
                .batchSize(32)
                .saveTo(dir.resolve("source"))
                .runtime(runtime())
                .run();
        RunResult target = Transfer.from(dir.resolve("source"))
                .on(dataset("test-shapes", "from=4", "to=8", "perClass=20"))
                .phase(Phase.headOnly().toBuilder()
                        .optEpochs(2)
                        .optLearningRate(3e-3)
                        .optBatchSize(16)
                        .build())
                .phase(Phase.fineTune().toBuilder()
                        .optEpochs(2)
                        .optLearningRate(1e-3)
                        .optBatchSize(16)
                        .build())
                .baseline(Baseline.SCRATCH)
                .saveTo(dir.resolve("target"))
                .runtime(runtime())
                .run();
        assertEquals(0.9833333333333333, source.testAccuracy(), 0.0);
        assertEquals(1.086531282165247, source.model().evaluation().loss(), 0.0);
        assertEquals(0.44, target.model().phases().get(0).testAccuracy(), 0.0);
        assertEquals(1.0, target.testAccuracy(), 0.0);
        assertEquals(1.0561107864938224, target.model().evaluation().loss(), 0.0);
        assertEquals(1.0, target.baseline().orElseThrow().testAccuracy(), 0.0);
        assertEquals(
                0.009634366468173028,
                target.baseline().orElseThrow().evaluation().loss(),
                0.0);
    }

    /** The default pretraining recipe (cosine decay, label smoothing 0.1), recorded when it became the default. */
    @Test
    void defaultPretrainingReproducesItsRecordedMetrics() {
        RunResult source = Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=3"))
                .epochs(2)
                .batchSize(32)
                .saveTo(dir.resolve("default"))
                .runtime(runtime())
                .run();
        assertEquals(
                "cosine",
                source.model().phases().get(0).phase().phase().schedule().toString());
        assertEquals(0.9833333333333333, source.testAccuracy(), 0.0);
        assertEquals(1.2058925728737657, source.model().evaluation().loss(), 0.0);
    }
}
