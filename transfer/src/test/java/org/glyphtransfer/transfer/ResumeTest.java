package org.glyphtransfer.transfer;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.testing.TestRuntimes;
import org.glyphtransfer.transfer.train.EpochStats;
import org.glyphtransfer.transfer.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {
    @TempDir
    Path dir;

    /** Stands in for a crash: fails when a given epoch of a given phase ends, before its checkpoint is written. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static GlyphRuntime runtime(String crashPhase, int crashEpoch, List<String> seen) {
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onEpoch(EpochStats s) {
                seen.add(s.phase() + ":" + s.epoch());
                if (s.phase().equals(crashPhase) && s.epoch() == crashEpoch) {
                    throw new Crash();
                }
            }
        };
        return TestRuntimes.builder(Path.of("."), CpuEngine.options(5))
                .optListener(listener)
                .build();
    }

    private Transfer transfer(Path source, Path out, GlyphRuntime rt) {
        return Transfer.from(source)
                .on(dataset("test-shapes", "from=4", "to=7", "perClass=30"))
                .phase(Phase.headOnly().toBuilder()
                        .optEpochs(3)
                        .optLearningRate(1e-2)
                        .optPatience(2)
                        .build())
                .phase(Phase.fineTune().withEpochs(3).withLearningRate(1e-3))
                .saveTo(out)
                .reports(Reports.NONE)
                .runtime(rt);
    }

    @Test
    void aRunResumedAfterACrashEndsExactlyLikeAnUninterruptedOne() {
        Path source = dir.resolve("source");
        Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes"))
                .epochs(2)
                .batchSize(32)
                .saveTo(source)
                .reports(Reports.NONE)
                .runtime(runtime("", 0, new ArrayList<>()))
                .run();

        RunResult straight = transfer(source, dir.resolve("straight"), runtime("", 0, new ArrayList<>()))
                .run();

        Path out = dir.resolve("crashed");
        assertThrows(
                Crash.class,
                () -> transfer(source, out, runtime("fine-tune", 2, new ArrayList<>()))
                        .run());
        assertTrue(Files.isDirectory(out.resolve("checkpoint")), "a checkpoint must survive the crash");
        assertFalse(Files.exists(out.resolve("model.json")), "no model may be written by a crashed run");

        List<String> resumedEpochs = new ArrayList<>();
        RunResult resumed = transfer(source, out, runtime("", 0, resumedEpochs))
                .resumePolicy(ResumePolicy.FROM_CHECKPOINT)
                .run();
        assertEquals(List.of("fine-tune:2", "fine-tune:3"), resumedEpochs, "only the epoch in flight is redone");
        assertEquals(
                straight.model().evaluation().loss(),
                resumed.model().evaluation().loss(),
                0.0);
        assertEquals(straight.testAccuracy(), resumed.testAccuracy(), 0.0);
        for (int p = 0; p < 2; p++) {
            List<EpochStats> a = straight.model().phases().get(p).phase().epochs();
            List<EpochStats> b = resumed.model().phases().get(p).phase().epochs();
            assertEquals(a.size(), b.size());
            for (int e = 0; e < a.size(); e++) {
                assertEquals(
                        a.get(e).validationLoss(), b.get(e).validationLoss(), 0.0, "phase " + p + " epoch " + (e + 1));
            }
        }
        assertFalse(Files.exists(out.resolve("checkpoint")), "checkpoints are removed once the model is saved");
    }

    @Test
    void pretrainingWithoutEarlyStoppingResumes() {
        Path out = dir.resolve("pretrained");
        assertThrows(
                Crash.class,
                () -> Pretraining.of(model("test-cnn"))
                        .on(dataset("test-shapes"))
                        .epochs(3)
                        .batchSize(32)
                        .saveTo(out)
                        .reports(Reports.NONE)
                        .runtime(runtime("pretrain", 2, new ArrayList<>()))
                        .run());
        List<String> epochs = new ArrayList<>();
        RunResult resumed = Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes"))
                .epochs(3)
                .batchSize(32)
                .saveTo(out)
                .reports(Reports.NONE)
                .resumePolicy(ResumePolicy.FROM_CHECKPOINT)
                .runtime(runtime("", 0, epochs))
                .run();
        assertEquals(List.of("pretrain:2", "pretrain:3"), epochs);
        RunResult straight = Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes"))
                .epochs(3)
                .batchSize(32)
                .saveTo(dir.resolve("straight"))
                .reports(Reports.NONE)
                .runtime(runtime("", 0, new ArrayList<>()))
                .run();
        assertEquals(
                straight.model().evaluation().loss(),
                resumed.model().evaluation().loss(),
                0.0);
    }

    @Test
    void resumingWithAnotherSeedIsRefused() {
        Path out = dir.resolve("pretrained");
        assertThrows(
                Crash.class,
                () -> Pretraining.of(model("test-cnn"))
                        .on(dataset("test-shapes"))
                        .epochs(3)
                        .batchSize(32)
                        .saveTo(out)
                        .reports(Reports.NONE)
                        .runtime(runtime("pretrain", 2, new ArrayList<>()))
                        .run());
        GlyphRuntime otherSeed = TestRuntimes.cpu(Path.of("."), 6);
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> Pretraining.of(model("test-cnn"))
                        .on(dataset("test-shapes"))
                        .epochs(3)
                        .batchSize(32)
                        .saveTo(out)
                        .reports(Reports.NONE)
                        .resumePolicy(ResumePolicy.FROM_CHECKPOINT)
                        .runtime(otherSeed)
                        .run());
        assertTrue(e.getMessage().contains("seed 5, not 6"), e.getMessage());
    }

    @Test
    void resumingWithOtherClassesIsRefused() {
        Path source = dir.resolve("source");
        Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes"))
                .epochs(1)
                .batchSize(32)
                .saveTo(source)
                .reports(Reports.NONE)
                .runtime(runtime("", 0, new ArrayList<>()))
                .run();
        Path out = dir.resolve("crashed");
        assertThrows(
                Crash.class,
                () -> transfer(source, out, runtime("head", 2, new ArrayList<>()))
                        .run());
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> Transfer.from(source)
                        .on(dataset("test-shapes", "from=4", "to=8", "perClass=30"))
                        .phase(Phase.headOnly().toBuilder()
                                .optEpochs(3)
                                .optLearningRate(1e-2)
                                .optPatience(2)
                                .build())
                        .phase(Phase.fineTune().withEpochs(3).withLearningRate(1e-3))
                        .saveTo(out)
                        .reports(Reports.NONE)
                        .resumePolicy(ResumePolicy.FROM_CHECKPOINT)
                        .runtime(runtime("", 0, new ArrayList<>()))
                        .run());
        assertTrue(e.getMessage().contains("4 classes but the dataset now has 5"), e.getMessage());
    }
}
