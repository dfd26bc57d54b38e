package org.glyphtransfer.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.GradientCollector;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.ModelParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in model with a ReLU followed by a max-pool runs them as max-pool then ReLU, the
 * cheaper order. The reference here is the same network, sharing the very same layers and
 * parameters, in the order the architecture is described (ReLU, then max-pool): scores and every
 * parameter's gradient must be bit for bit the same, in inference and in training (with the same
 * dropout masks, drawn from the same seed).
 */
class PoolBeforeReluTest {
    @BeforeAll
    static void engine() {
        TestModels.startEngine();
    }

    static List<Arguments> rewrittenModels() {
        return List.of(
                Arguments.of("simple-cnn", Map.of("dropout", "0")),
                Arguments.of("simple-cnn", Map.of("dropout", "0.25", "crop", "22")),
                Arguments.of("small-cnn", Map.of()),
                Arguments.of("keras-cnn", Map.of()),
                Arguments.of("deep-bn-cnn", Map.of("padding", "same")),
                Arguments.of("dual-conv-cnn", Map.of("pool", "max")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rewrittenModels")
    void poolThenReluGivesTheScoresAndGradientsOfReluThenPool(String model, Map<String, String> options) {
        ModelParts parts = TestModels.build(model, options, 26);
        Block rewritten = parts.network();
        Block described = inDescribedOrder(parts);
        assertTrue(swapped(parts) >= 2, model + " has no max-pool before a ReLU");
        try (NDManager manager = NDManager.newBaseManager()) {
            TestModels.initialize(rewritten, manager, 8);
            // Centred on zero, so that many pooling windows are all negative and ReLU's zeros tie.
            NDArray images = manager.randomUniform(-1, 1, TestModels.batchOf(8));
            NDArray weights = manager.randomUniform(-1, 1, new ai.djl.ndarray.types.Shape(8, 26));
            assertArrayEquals(
                    TestModels.forward(described, images, false).toFloatArray(),
                    TestModels.forward(rewritten, images, false).toFloatArray(),
                    0f,
                    "scores " + model + " " + options);
            List<float[]> expected = gradients(described, images, weights);
            List<float[]> actual = gradients(rewritten, images, weights);
            assertEquals(expected.size(), actual.size());
            assertTrue(expected.size() >= 8, "every convolution and dense layer has gradients");
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i), actual.get(i), 0f, "gradient " + i + " " + model + " " + options);
            }
        }
    }

    @Test
    void averagePoolingKeepsTheDescribedOrderBecauseItDoesNotCommuteWithRelu() {
        assertEquals(0, swapped(TestModels.build("dual-conv-cnn", Map.of("pool", "avg"), 26)));
    }

    private static int swapped(ModelParts parts) {
        int count = 0;
        List<String> names = new ArrayList<>();
        for (Block part : List.of(parts.backbone(), parts.head())) {
            for (Pair<String, Block> layer : part.getChildren()) {
                names.add(layer.getKey());
            }
        }
        for (int i = 0; i + 1 < names.size(); i++) {
            if (names.get(i).matches("\\d+pool\\d") && names.get(i + 1).matches("\\d+relu\\d")) {
                count++;
            }
        }
        return count;
    }

    /** The same layer objects, each stage's pool and ReLU put back in the described order. */
    private static Block inDescribedOrder(ModelParts parts) {
        SequentialBlock described = new SequentialBlock();
        List<Pair<String, Block>> layers = new ArrayList<>();
        for (Block part : List.of(parts.backbone(), parts.head())) {
            for (Pair<String, Block> layer : part.getChildren()) {
                layers.add(layer);
            }
        }
        for (int i = 0; i < layers.size(); i++) {
            boolean poolThenRelu = i + 1 < layers.size()
                    && layers.get(i).getKey().matches("\\d+pool\\d")
                    && layers.get(i + 1).getKey().matches("\\d+relu\\d");
            if (poolThenRelu) {
                described.add(layers.get(i + 1).getValue()).add(layers.get(i).getValue());
                i++;
            } else {
                described.add(layers.get(i).getValue());
            }
        }
        return described;
    }

    private static List<float[]> gradients(Block block, NDArray images, NDArray weights) {
        List<Parameter> parameters = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (!p.getValue().requiresGradient()) {
                continue; // BatchNorm's running statistics
            }
            parameters.add(p.getValue());
            p.getValue().getArray().setRequiresGradient(true);
            // The two orders share their parameters, and backward adds to a gradient: start each from zero.
            NDArray gradient = p.getValue().getArray().getGradient();
            gradient.subi(gradient);
        }
        // The same seed before each order's pass gives its dropout layers the same masks.
        Engine.getInstance().setRandomSeed(17);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray scores = TestModels.forward(block, images, true);
            collector.backward(scores.mul(weights).sum());
        }
        List<float[]> gradients = new ArrayList<>();
        for (Parameter p : parameters) {
            gradients.add(p.getArray().getGradient().toFloatArray());
        }
        return gradients;
    }
}
