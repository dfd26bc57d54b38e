package org.glyphtransfer.models.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.models.TestModels;
import org.glyphtransfer.models.blocks.Layers;
import org.glyphtransfer.models.summary.ModelSummary.Layer;
import org.glyphtransfer.models.summary.ModelSummary.Part;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelSummaryTest {
    @BeforeAll
    static void engine() {
        TestModels.startEngine();
    }

    @Test
    void layersOfAPlainSequentialBlockGetUniqueNames() {
        ai.djl.nn.SequentialBlock backbone = new ai.djl.nn.SequentialBlock()
                .add(Layers.conv(4, 3))
                .add(Layers.relu())
                .add(Layers.conv(4, 3))
                .add(Layers.relu())
                .add(Layers.flatten());
        ModelParts parts = new ModelParts(backbone, Linear.builder().setUnits(3).build(), false);
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelSummary summary = ModelSummary.of(parts, manager, TestModels.MNIST);
            assertEquals(List.of("Conv2d-1", "ReLU-1", "Conv2d-2", "ReLU-2", "batchFlatten", "head"), names(summary));
        }
    }

    @Test
    void simpleCnnTableListsEveryLayerWithShapeAndCount() {
        ModelParts parts = TestModels.build("simple-cnn", Map.of(), 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelSummary summary = ModelSummary.of(parts, manager, TestModels.MNIST);
            assertEquals(
                    List.of(
                            "conv1",
                            "pool1",
                            "relu1",
                            "conv2",
                            "pool2",
                            "relu2",
                            "conv3",
                            "pool3",
                            "relu3",
                            "flatten",
                            "dense256",
                            "relu4",
                            "dropout1",
                            "dense128",
                            "relu5",
                            "dropout2",
                            "logits"),
                    names(summary));
            Layer conv1 = summary.layers().get(0);
            assertEquals(new Layer(Part.BACKBONE, "conv1", "Conv2d", new Shape(32, 26, 26), 320, 320), conv1);
            assertEquals(new Shape(128, 1, 1), summary.layers().get(8).outputShape());
            assertEquals(new Shape(128), summary.featureShape());
            assertEquals(
                    new Layer(Part.HEAD, "logits", "Linear", new Shape(10), 1290, 1290),
                    summary.layers().get(16));
            assertEquals(158_592, summary.parameters(Part.BACKBONE));
            assertEquals(1_290, summary.parameters(Part.HEAD));
            assertEquals(159_882, summary.parameters());
            assertEquals(0, summary.frozen());
            assertThrows(
                    UnsupportedOperationException.class, () -> summary.layers().clear());
        }
    }

    @Test
    void frozenLayersAreCountedApart() {
        ModelParts parts = TestModels.build("simple-cnn", Map.of("cut", "dense256"), 26);
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelSummary.of(parts, manager, TestModels.MNIST);
            List<Block> backbone = parts.backbone().getChildren().values();
            backbone.get(0).freezeParameters(true);
            backbone.get(3).freezeParameters(true);
            ModelSummary summary = ModelSummary.of(parts, manager, TestModels.MNIST);
            assertEquals(320 + 18_496, summary.frozen(Part.BACKBONE));
            assertEquals(0, summary.frozen(Part.HEAD));
            assertEquals(summary.parameters() - 18_816, summary.trainable());
            assertEquals(18_496, summary.layers().get(3).frozen());
            String text = summary.toText("simple-cnn");
            assertTrue(
                    text.contains("\nBackbone:       125,696 parameters  (trainable 106,880, frozen 18,816)\n"), text);
            assertTrue(
                    text.contains("\nTotal:          161,946 parameters  (trainable 143,130, frozen 18,816)\n"), text);
        }
    }

    @Test
    void summarisingKeepsExistingParameterValues() {
        ModelParts parts = TestModels.build("lenet5", Map.of(), 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            TestModels.initialize(parts.network(), manager, 2);
            float[] before =
                    parts.backbone().getParameters().valueAt(0).getArray().toFloatArray();
            ModelSummary.of(parts, manager, TestModels.MNIST);
            float[] after =
                    parts.backbone().getParameters().valueAt(0).getArray().toFloatArray();
            assertArrayEquals(before, after, 0f);
        }
    }

    @Test
    void resNetRowsAreItsStages() {
        ModelParts parts = TestModels.build("resnet18", Map.of(), 26);
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelSummary summary = ModelSummary.of(parts, manager, TestModels.MNIST);
            assertEquals(
                    List.of(
                            "conv1", "bn1", "relu", "layer1", "layer2", "layer3", "layer4", "avgpool", "flatten",
                            "logits"),
                    names(summary));
            assertEquals(new Shape(256, 7, 7), summary.layers().get(5).outputShape());
            assertEquals(new Shape(512, 4, 4), summary.layers().get(6).outputShape());
            assertEquals(11_167_680, summary.parameters(Part.BACKBONE));
            assertEquals(512 * 26 + 26, summary.parameters(Part.HEAD));
        }
    }

    @Test
    void kerasCnnRowsShowSamePaddingAndThePublishedCount() {
        ModelParts parts = TestModels.build("keras-cnn", Map.of(), 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelSummary summary = ModelSummary.of(parts, manager, TestModels.MNIST);
            assertEquals(
                    List.of(
                            "conv1",
                            "relu1",
                            "conv2",
                            "pool1",
                            "relu2",
                            "dropout1",
                            "conv3",
                            "relu3",
                            "conv4",
                            "pool2",
                            "relu4",
                            "dropout2",
                            "flatten",
                            "dense256",
                            "relu5",
                            "dropout3",
                            "logits"),
                    names(summary));
            assertEquals(new Shape(32, 28, 28), summary.layers().get(2).outputShape());
            assertEquals(new Shape(64, 7, 7), summary.layers().get(11).outputShape());
            assertEquals(new Shape(256), summary.featureShape());
            assertEquals(887_530, summary.parameters());
            assertTrue(summary.toText("keras-cnn").contains("887,530"));
        }
    }

    @Test
    void deepBnCnnWithoutPaddingEndsAtFourByFour() {
        ModelParts parts = TestModels.build("deep-bn-cnn", Map.of(), 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelSummary summary = ModelSummary.of(parts, manager, TestModels.MNIST);
            assertEquals("bn1", summary.layers().get(2).name());
            assertEquals(64, summary.layers().get(2).parameters(), "BatchNorm's scale and shift, not its statistics");
            assertEquals(new Shape(256, 4, 4), summary.layers().get(11).outputShape());
            assertEquals(new Shape(512), summary.featureShape());
            assertEquals(2_490_698, summary.parameters());
        }
    }

    @Test
    void worksOnAnyPartsNotOnlyNamedSequences() {
        Block backbone = Layers.flatten();
        Block head = Linear.builder().setUnits(3).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelSummary summary = ModelSummary.of(new ModelParts(backbone, head, false), manager, new Shape(2, 4, 4));
            assertEquals(List.of("backbone", "head"), names(summary));
            assertEquals(new Shape(32), summary.featureShape());
            assertEquals(32 * 3 + 3, summary.parameters());
            String text = summary.toString();
            assertTrue(text.startsWith("Input: (2, 4, 4)\n"), text);
            assertTrue(text.contains("\nhead      head      Linear        (3)                99       0\n"), text);
        }
    }

    private static List<String> names(ModelSummary summary) {
        return summary.layers().stream().map(Layer::name).collect(Collectors.toList());
    }
}
