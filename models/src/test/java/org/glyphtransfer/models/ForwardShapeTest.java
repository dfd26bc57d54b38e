package org.glyphtransfer.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.glyphtransfer.api.ModelParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A batch of 8 images goes through every model and comes out as 8 rows of class scores. */
class ForwardShapeTest {
    @BeforeAll
    static void engine() {
        TestModels.startEngine();
    }

    @ParameterizedTest(name = "{0} {1} -> {2} classes")
    @CsvSource({
        "simple-cnn, '', 10",
        "simple-cnn, '', 26",
        "simple-cnn, cut=flatten, 26",
        "simple-cnn, crop=22, 26",
        "lenet5, '', 10",
        "lenet5, pool=max, 26",
        "lenet5, activation=tanh, 26",
        "resnet18, '', 10",
        "resnet18, '', 26",
        "mlp, '', 10",
        "mlp, hidden=64, 26",
        "linear, '', 10",
        "linear, '', 26",
        "linear, output=sigmoid, 36",
        "small-cnn, '', 10",
        "keras-cnn, '', 10",
        "deep-bn-cnn, '', 10",
        "dual-conv-cnn, '', 36",
    })
    void batchOfEightGivesOneScoreRowPerImage(String model, String option, int classes) {
        ModelParts parts = TestModels.build(model, ParameterCountTest.options(option), classes);
        try (NDManager manager = NDManager.newBaseManager()) {
            TestModels.initialize(parts.network(), manager, 8);
            NDArray images = manager.randomUniform(0, 1, TestModels.batchOf(8));
            NDArray train = TestModels.forward(parts.network(), images, true);
            NDArray eval = TestModels.forward(parts.network(), images, false);
            assertEquals(new Shape(8, classes), train.getShape());
            assertEquals(new Shape(8, classes), eval.getShape());
            NDArray features = TestModels.forward(parts.backbone(), images, false);
            assertEquals(2, features.getShape().dimension(), "the backbone gives one flat feature vector per image");
            assertFalse(eval.isNaN().any().getBoolean(), "scores are finite numbers");
        }
    }
}
