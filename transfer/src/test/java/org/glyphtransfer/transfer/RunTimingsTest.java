package org.glyphtransfer.transfer;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.transfer.testing.SmallCnn;
import org.glyphtransfer.transfer.testing.TestRuntimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTimingsTest {
    /** Images the network saw in inference mode (validation and test passes), across every network built. */
    private static final AtomicLong INFERRED = new AtomicLong();

    @TempDir
    Path dir;

    @Test
    void aRunReportsEveryStageInOrderAndTheirSumFitsItsWallTime() {
        long start = System.nanoTime();
        RunResult result = pretrain(dir.resolve("model"), 2);
        double wall = (System.nanoTime() - start) / 1e9;
        List<String> names = result.timings().stages().stream()
                .map(s -> s.network().isEmpty() ? s.name() : s.network() + ": " + s.name())
                .toList();
        assertEquals(
                List.of(
                        RunTimings.ENGINE,
                        RunTimings.DATA,
                        "pretrain: " + RunTimings.STEPS,
                        "pretrain: " + RunTimings.VALIDATION,
                        "pretrain: " + RunTimings.CHECKPOINTS,
                        "pretrain: " + RunTimings.TEST,
                        "pretrain: " + RunTimings.SAVE,
                        RunTimings.REPORT),
                names);
        result.timings().stages().forEach(s -> assertTrue(s.seconds() >= 0, s.toString()));
        assertTrue(result.timings().totalSeconds() <= wall, result.timings() + " in " + wall + " s");
        assertTrue(result.timings().seconds(RunTimings.STEPS).orElseThrow() > 0);
    }

    @Test
    void theTestSplitIsEvaluatedOncePerPhaseNotAgainForTheReport() {
        INFERRED.set(0);
        pretrain(dir.resolve("counted"), 2);
        // test-shapes with perClass 24: 4 classes x 6 validation and 6 test images.
        int validation = 24;
        int test = 24;
        assertEquals(2L * validation + test, INFERRED.get());
    }

    private static RunResult pretrain(Path out, int epochs) {
        GlyphRuntime rt = TestRuntimes.builder(Path.of("."), CpuEngine.options(3))
                .optRegistry(PluginRegistry.builder()
                        .optUseEnvironment(false)
                        .addModel(new CountingCnn())
                        .build())
                .build();
        return Pretraining.of(model("counting-cnn"))
                .on(dataset("test-shapes", "from=0", "to=3", "perClass=24"))
                .epochs(epochs)
                .batchSize(16)
                .saveTo(out)
                .runtime(rt)
                .run();
    }

    /** The tests' small CNN with a block in front that counts the images of every inference-mode pass. */
    static final class CountingCnn implements ModelProvider {
        @Override
        public String name() {
            return "counting-cnn";
        }

        @Override
        public String description() {
            return "test CNN counting the images it sees in inference mode";
        }

        @Override
        public ModelParts build(ModelRequest request) {
            ModelParts small = new SmallCnn().build(request);
            SequentialBlock backbone = new SequentialBlock().add(new Counter()).add(small.backbone());
            return new ModelParts(backbone, small.head(), false);
        }
    }

    private static final class Counter extends AbstractBlock {
        @Override
        protected NDList forwardInternal(
                ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
            if (!training) {
                INFERRED.addAndGet(inputs.head().getShape().get(0));
            }
            return inputs;
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputShapes) {
            return inputShapes;
        }
    }
}
