package org.glyphtransfer.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.ModelParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Transfer's core move: keep an initialised backbone, attach a fresh head for other classes. */
class FreshHeadTest {
    @BeforeAll
    static void engine() {
        TestModels.startEngine();
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple-cnn", "lenet5", "resnet18", "mlp", "small-cnn", "deep-bn-cnn"})
    void buildingAndInitialisingANewHeadLeavesTheBackboneAlone(String model) {
        ModelParts source = TestModels.build(model, Map.of(), 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            TestModels.initialize(source.network(), manager, 2);
            NDArray images = manager.randomUniform(0, 1, TestModels.batchOf(4));
            float[] featuresBefore =
                    TestModels.forward(source.backbone(), images, false).toFloatArray();
            List<float[]> before = values(source);

            ModelParts target =
                    source.withHead(TestModels.build(model, Map.of(), 5).head());
            TestModels.initialize(target.network(), manager, 2);
            NDArray scores = TestModels.forward(target.network(), images, false);

            assertEquals(new Shape(4, 5), scores.getShape());
            assertNotSame(source.head(), target.head());
            List<float[]> after = values(target);
            assertEquals(before.size(), after.size());
            for (int i = 0; i < before.size(); i++) {
                assertArrayEquals(before.get(i), after.get(i), 0f, model + " backbone parameter " + i + " changed");
            }
            float[] featuresAfter =
                    TestModels.forward(target.backbone(), images, false).toFloatArray();
            assertArrayEquals(featuresBefore, featuresAfter, 0f, "the backbone computes the same features");
        }
    }

    private static List<float[]> values(ModelParts parts) {
        List<float[]> values = new ArrayList<>();
        for (Pair<String, Parameter> p : parts.backbone().getParameters()) {
            values.add(p.getValue().getArray().toFloatArray());
        }
        return values;
    }
}
