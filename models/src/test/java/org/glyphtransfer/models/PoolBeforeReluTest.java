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

/**
 * simple-cnn runs each stage as convolution, max-pool, ReLU, the cheaper order. The reference
 * here is the same network, sharing the very same layers and parameters, in the order the
 * architecture is described (convolution, ReLU, max-pool): scores and every parameter's gradient
 * must be bit for bit the same, in inference and in training.
 */
class PoolBeforeReluTest {
    @BeforeAll
    static void engine() {
        TestModels.startEngine();
    }

    @Test
    void poolThenReluGivesTheScoresAndGradientsOfReluThenPool() {
        for (Map<String, String> options : List.of(Map.of("dropout", "0"), Map.of("dropout", "0", "crop", "22"))) {
            ModelParts parts = TestModels.build("simple-cnn", options, 26);
            Block rewritten = parts.network();
            Block described = inDescribedOrder(parts);
            try (NDManager manager = NDManager.newBaseManager()) {
                TestModels.initialize(rewritten, manager, 8);
                // Centred on zero, so that many pooling windows are all negative and ReLU's zeros tie.
                NDArray images = manager.randomUniform(-1, 1, TestModels.batchOf(8));
                NDArray weights = manager.randomUniform(-1, 1, new ai.djl.ndarray.types.Shape(8, 26));
                assertArrayEquals(
                        TestModels.forward(described, images, false).toFloatArray(),
                        TestModels.forward(rewritten, images, false).toFloatArray(),
                        0f,
                        "scores " + options);
                List<float[]> expected = gradients(described, images, weights);
                List<float[]> actual = gradients(rewritten, images, weights);
                assertEquals(expected.size(), actual.size());
                assertTrue(expected.size() >= 10, "every convolution and dense layer has gradients");
                for (int i = 0; i < expected.size(); i++) {
                    assertArrayEquals(expected.get(i), actual.get(i), 0f, "gradient " + i + " " + options);
                }
            }
        }
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
            parameters.add(p.getValue());
            p.getValue().getArray().setRequiresGradient(true);
            // The two orders share their parameters, and backward adds to a gradient: start each from zero.
            NDArray gradient = p.getValue().getArray().getGradient();
            gradient.subi(gradient);
        }
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
