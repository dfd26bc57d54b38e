package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.testing.CpuEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin project, built in this JVM and dropped into a plugins folder, works through the
 * registry like a built-in plugin: its dataset loads as one tensor per split, seeded and with classes
 * that look different, and its model builds, runs a forward pass and learns to tell the strokes apart.
 */
class PluginExampleRegistryTest {
    private static Path plugins;

    @BeforeAll
    static void buildExamplePlugin(@TempDir Path temp) throws IOException {
        plugins = ExamplePluginJar.inPluginsFolder(temp);
    }

    private static PluginRegistry registry() {
        return PluginRegistry.builder()
                .optPluginDirectory(plugins)
                .optUseEnvironment(false)
                .build();
    }

    private static GlyphDataset loadStrokes(NDManager manager, long seed, Map<String, String> options) {
        DatasetProvider strokes = registry().dataset("synthetic-strokes");
        return strokes.load(DatasetRequest.builder(strokes.parseOptions(options), manager)
                .optSeed(seed)
                .build());
    }

    @Test
    void registryLoadsTheDatasetAsOneTensorPerSplit() {
        CpuEngine.start(1, 42);
        try (NDManager manager = NDManager.newBaseManager()) {
            GlyphDataset data = loadStrokes(
                    manager, 3, Map.of("trainPerClass", "20", "validationPerClass", "4", "testPerClass", "6"));
            assertEquals("synthetic-strokes", data.name());
            assertEquals(List.of("|", "-", "/", "\\", "+"), data.classNames());
            assertEquals(new Shape(1, 28, 28), data.inputShape());
            assertEquals(new Shape(100, 1, 28, 28), data.train().images().getShape());
            assertEquals(DataType.FLOAT32, data.train().images().getDataType());
            assertEquals(20, data.validation().size());
            assertEquals(30, data.test().size());
            assertArrayEquals(new int[] {20, 20, 20, 20, 20}, data.train().classCounts(5));
            NDArray images = data.train().images();
            assertTrue(images.min().getFloat() >= 0f && images.max().getFloat() <= 1f);
            assertTrue(images.max().getFloat() > 0.99f, "strokes are drawn in full ink");
        }
    }

    @Test
    void sameSeedDrawsTheSameImagesAndAnotherSeedOthers() {
        CpuEngine.start(1, 42);
        Map<String, String> small = Map.of("trainPerClass", "4", "validationPerClass", "1", "testPerClass", "1");
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] first = loadStrokes(manager, 11, small).train().images().toFloatArray();
            float[] again = loadStrokes(manager, 11, small).train().images().toFloatArray();
            float[] other = loadStrokes(manager, 12, small).train().images().toFloatArray();
            assertArrayEquals(first, again);
            assertFalse(java.util.Arrays.equals(first, other));
        }
    }

    @Test
    void classesLookDifferent() {
        CpuEngine.start(1, 42);
        try (NDManager manager = NDManager.newBaseManager()) {
            DataSplit train = loadStrokes(manager, 5, Map.of("trainPerClass", "30", "noise", "0"))
                    .train();
            NDArray images = train.images().reshape(train.size(), 28, 28);
            // Mean ink per class: '+' has two strokes, so more ink than '|' and '-'.
            float[] ink = new float[5];
            for (int c = 0; c < 5; c++) {
                ink[c] = images.get(c + "::5").mean().getFloat();
            }
            assertTrue(ink[4] > 1.5f * ink[0] && ink[4] > 1.5f * ink[1], java.util.Arrays.toString(ink));
            // '|' puts its ink in the middle columns, '-' in the middle rows.
            NDArray bars = images.get("0::5").mean(new int[] {0});
            NDArray dashes = images.get("1::5").mean(new int[] {0});
            assertTrue(bars.get(":, 12:16").mean().getFloat()
                    > 3 * bars.get("12:16, :").mean().getFloat() / 2);
            assertTrue(dashes.get("12:16, :").mean().getFloat()
                    > 3 * dashes.get(":, 12:16").mean().getFloat() / 2);
        }
    }

    @Test
    void registryBuildsTheModelAndRunsAForwardPass() {
        CpuEngine.start(1, 42);
        ModelProvider tiny = registry().model("tiny-cnn");
        try (NDManager manager = NDManager.newBaseManager()) {
            GlyphDataset data = loadStrokes(
                    manager, 1, Map.of("trainPerClass", "2", "validationPerClass", "1", "testPerClass", "2"));
            ModelParts parts = tiny.build(ModelRequest.builder(tiny.parseOptions(Map.of()), data.numClasses())
                    .optInputShape(data.inputShape())
                    .build());
            Shape batchShape = data.test().images().getShape();
            parts.network().initialize(manager, DataType.FLOAT32, batchShape);
            assertEquals(new Shape(10, 32), parts.backbone().getOutputShapes(new Shape[] {batchShape})[0]);
            NDList scores = parts.network()
                    .forward(
                            new ParameterStore(manager, false),
                            new NDList(data.test().images()),
                            false);
            assertEquals(new Shape(10, 5), scores.singletonOrThrow().getShape());
            assertFalse(parts.pretrainedBackbone());
        }
    }

    @Test
    void tinyCnnLearnsToTellTheStrokesApart() {
        CpuEngine.start(1, 42);
        ModelProvider tiny = registry().model("tiny-cnn");
        try (NDManager manager = NDManager.newBaseManager()) {
            GlyphDataset data = loadStrokes(manager, 42, Map.of("trainPerClass", "60", "testPerClass", "20"));
            ModelParts parts = tiny.build(ModelRequest.builder(tiny.parseOptions(Map.of()), data.numClasses())
                    .build());
            double accuracy = StrokeTraining.trainAndTest(parts.network(), data, manager, 4, 20);
            assertTrue(accuracy >= 0.9, "test accuracy after 4 epochs: " + accuracy);
        }
    }
}
