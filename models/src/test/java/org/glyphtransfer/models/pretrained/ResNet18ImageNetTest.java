package org.glyphtransfer.models.pretrained;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.NamedSequentialBlock;
import org.glyphtransfer.models.TestModels;
import org.glyphtransfer.models.summary.ModelSummary;
import org.glyphtransfer.models.summary.ParameterCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** resnet18-imagenet from a local TorchScript file made by PyTorch itself. */
class ResNet18ImageNetTest {
    private static final int CLASSES = 4;

    @TempDir
    static Path dir;

    /** Holds the imported weights (attached by the plugin) and the head's parameters. */
    private static NDManager weights;

    private static ModelParts parts;

    @BeforeAll
    static void importTracedNetwork() throws Exception {
        TestModels.startEngine();
        TorchScriptFixture.create(dir.resolve("features.pt"));
        weights = NDManager.newBaseManager();
        // A relative file option is resolved against the data root.
        parts = build(weights);
        TestModels.initialize(parts.network(), weights, 1);
    }

    @AfterAll
    static void release() {
        if (weights != null) {
            weights.close();
        }
    }

    @Test
    void backboneIsTheImportedNetworkBehindImageNetPreprocessing() {
        assertTrue(parts.pretrainedBackbone());
        TorchScriptBackbone backbone = assertInstanceOf(TorchScriptBackbone.class, parts.backbone());
        assertEquals(List.of("imagenet_input", "resnet18", "flatten"), backbone.layerNames());
        assertEquals(TorchScriptFixture.PARAMETERS, ParameterCounter.count(backbone));
        assertEquals(List.of("logits"), ((NamedSequentialBlock) parts.head()).layerNames());
    }

    @Test
    void summaryShowsTheImportedModuleAsOneFrozenLayer() {
        parts.backbone().freezeParameters(true);
        try {
            ModelSummary summary = ModelSummary.of(parts, weights, TestModels.MNIST);
            List<ModelSummary.Layer> layers = summary.layers();
            assertEquals(
                    List.of("imagenet_input", "resnet18", "flatten", "logits"),
                    layers.stream().map(ModelSummary.Layer::name).collect(Collectors.toList()));
            assertEquals(new Shape(3, 64, 64), layers.get(0).outputShape());
            assertEquals(new Shape(512, 1, 1), layers.get(1).outputShape());
            assertEquals(TorchScriptFixture.PARAMETERS, summary.frozen(ModelSummary.Part.BACKBONE));
            assertEquals(512 * CLASSES + CLASSES, summary.trainable());
        } finally {
            parts.backbone().freezeParameters(false);
        }
    }

    @Test
    void greyBatchGivesFeaturesAndClassScores() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray images = manager.randomUniform(0, 1, TestModels.batchOf(8));
            assertEquals(
                    new Shape(8, 512),
                    TestModels.forward(parts.backbone(), images, false).getShape());
            assertEquals(
                    new Shape(8, CLASSES),
                    TestModels.forward(parts.network(), images, true).getShape());
            assertEquals(
                    new Shape(8, CLASSES),
                    TestModels.forward(parts.network(), images, false).getShape());
        }
    }

    @Test
    void freshHeadLearnsFromTheImportedFeatures() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray images = patternImages(manager, 64);
            NDArray labels = manager.arange(64)
                    .toType(DataType.INT32, false)
                    .mod(CLASSES)
                    .toType(DataType.FLOAT32, false);
            NDArray features = TestModels.forward(parts.backbone(), images, false);
            Block head = TestModels.build("resnet18-imagenet", Map.of("file", "features.pt"), CLASSES, DataRoot.of(dir))
                    .head();
            head.initialize(manager, DataType.FLOAT32, features.getShape());
            Optimizer adam = Optimizer.adam()
                    .optLearningRateTracker(Tracker.fixed(0.01f))
                    .build();
            Loss loss = Loss.softmaxCrossEntropyLoss();
            ParameterStore store = new ParameterStore(manager, false);
            float first = Float.NaN;
            float last = Float.NaN;
            for (int step = 0; step < 40; step++) {
                try (NDManager batch = manager.newSubManager();
                        GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    features.tempAttach(batch);
                    NDArray scores =
                            head.forward(store, new NDList(features), true).singletonOrThrow();
                    NDArray value = loss.evaluate(new NDList(labels), new NDList(scores));
                    collector.backward(value);
                    for (Pair<String, Parameter> p : head.getParameters()) {
                        NDArray weight = p.getValue().getArray();
                        NDArray gradient = weight.getGradient();
                        adam.update(p.getValue().getId(), weight, gradient);
                        gradient.subi(gradient);
                    }
                    last = value.getFloat();
                    first = step == 0 ? last : first;
                }
            }
            assertTrue(last < 0.5f * first, "loss fell from " + first + " to " + last);
        }
    }

    @Test
    void gradientsReachTheImportedWeightsUnlessFrozen() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray images = patternImages(manager, 4);
            Parameter imported = parts.backbone().getParameters().valueAt(0);
            assertTrue(gradientNorm(images, imported) > 0, "an unfrozen backbone is trained");
            parts.backbone().freezeParameters(true);
            try {
                assertEquals(0f, gradientNorm(images, imported), "a frozen backbone is not trained");
            } finally {
                parts.backbone().freezeParameters(false);
            }
        }
    }

    @Test
    void savedAndLoadedModuleKeepsItsWeightsAndStaysTrainable() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelParts saved = build(manager);
            TestModels.initialize(saved.network(), manager, 1);
            for (Pair<String, Parameter> p : saved.backbone().getParameters()) {
                p.getValue().getArray().addi(0.05f); // as if fine-tuned: differs from the file
            }
            NDArray images = patternImages(manager, 4);
            float[] expected =
                    TestModels.forward(saved.network(), images, false).toFloatArray();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            saved.network().saveParameters(new DataOutputStream(bytes));

            // As a model folder loads: build from the file, initialise, then load the saved values.
            ModelParts loaded = build(manager);
            TestModels.initialize(loaded.network(), manager, 1);
            loaded.network()
                    .loadParameters(manager, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

            assertArrayEquals(
                    expected,
                    TestModels.forward(loaded.network(), images, false).toFloatArray(),
                    1e-5f);
            Parameter first = loaded.backbone().getParameters().valueAt(0);
            assertArrayEquals(
                    saved.backbone().getParameters().valueAt(0).getArray().toFloatArray(),
                    first.getArray().toFloatArray(),
                    0f,
                    "the parameter list is the module's live weights");
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(
                        TestModels.forward(loaded.network(), images, true).sum());
                assertTrue(first.getArray().getGradient().abs().sum().getFloat() > 0, "loaded weights get gradients");
            }
        }
    }

    private static ModelParts build(NDManager manager) {
        ModelProvider provider = TestModels.provider("resnet18-imagenet");
        return provider.build(ModelRequest.builder(provider.parseOptions(Map.of("file", "features.pt")), CLASSES)
                .optDataRoot(DataRoot.of(dir))
                .optManager(manager)
                .build());
    }

    private static float gradientNorm(NDArray images, Parameter parameter) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray scores = TestModels.forward(parts.network(), images, true);
            collector.backward(scores.sum());
            NDArray weight = parameter.getArray();
            return weight.hasGradient() ? weight.getGradient().abs().sum().getFloat() : 0f;
        }
    }

    /** Image i shows pattern (i mod 4): horizontal stripes, vertical stripes, a checkerboard, flat grey. */
    private static NDArray patternImages(NDManager manager, int count) {
        float[] pixels = new float[count * 28 * 28];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < count; i++) {
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    boolean on;
                    switch (i % CLASSES) {
                        case 0:
                            on = y / 2 % 2 == 0;
                            break;
                        case 1:
                            on = x / 2 % 2 == 0;
                            break;
                        case 2:
                            on = (x / 2 + y / 2) % 2 == 0;
                            break;
                        default:
                            on = false;
                    }
                    pixels[(i * 28 + y) * 28 + x] = (on ? 0.7f : 0.1f) + 0.2f * random.nextFloat();
                }
            }
        }
        return manager.create(pixels, new Shape(count, 1, 28, 28));
    }
}
