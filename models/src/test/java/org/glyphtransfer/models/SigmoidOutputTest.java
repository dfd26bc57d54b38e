package org.glyphtransfer.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.Map;
import org.glyphtransfer.api.ModelParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** linear output=sigmoid: the class probabilities are the sigmoids normalised to sum to one, as Keras computes them. */
class SigmoidOutputTest {
    @BeforeAll
    static void engine() {
        TestModels.startEngine();
    }

    @Test
    void softmaxOfTheOutputIsTheNormalisedSigmoid() {
        ModelParts parts = TestModels.build("linear", Map.of("output", "sigmoid"), 36);
        try (NDManager manager = NDManager.newBaseManager()) {
            TestModels.initialize(parts.network(), manager, 4);
            // Pixels far from a digit's, so some scores are strongly negative and log σ must stay finite.
            NDArray images = manager.randomUniform(-40, 40, TestModels.batchOf(4));
            Block dense = parts.head().getChildren().get(0).getValue();
            NDArray features = TestModels.forward(parts.backbone(), images, false);
            NDArray z = TestModels.forward(dense, features, false);
            NDArray sigmoid = z.neg().exp().add(1).pow(-1);
            NDArray expected = sigmoid.div(sigmoid.sum(new int[] {1}, true));

            NDArray out = TestModels.forward(parts.network(), images, false);
            assertEquals(2, parts.head().getChildren().size(), "logits, then the sigmoid layer");
            assertTrue(out.isInfinite().logicalOr(out.isNaN()).none().getBoolean(), "log σ is finite");
            assertArrayEquals(expected.toFloatArray(), out.softmax(1).toFloatArray(), 1e-5f);
        }
    }
}
