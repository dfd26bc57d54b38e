package org.glyphtransfer.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.Map;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.models.summary.ParameterCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parameter counts of the issue, counted on the built blocks as PyTorch counts them. */
class ParameterCountTest {
    @BeforeAll
    static void engine() {
        TestModels.startEngine();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "simple-cnn, cut=dense128, 158592, 1290",
        "simple-cnn, cut=dense256, 125696, 34186",
        "simple-cnn, cut=flatten, 92672, 67210",
        "simple-cnn, crop=22, 158592, 1290",
        "lenet5, pool=avg, 60856, 850",
        "lenet5, pool=max, 60856, 850",
        "lenet5, activation=tanh, 60856, 850",
        "resnet18, '', 11167680, 5130",
        "mlp, hidden=256, 200960, 2570",
        "mlp, hidden=32, 25120, 330",
        "linear, '', 0, 7850",
        "linear, output=sigmoid, 0, 7850",
        "small-cnn, cut=dense32, 80736, 330",
        "small-cnn, cut=flatten, 74496, 6570",
        "keras-cnn, cut=dense256, 884960, 2570",
        "keras-cnn, cut=flatten, 81888, 805642",
        "deep-bn-cnn, padding=valid, 2485568, 5130",
        "deep-bn-cnn, padding=same, 6810944, 5130",
        "deep-bn-cnn, cut=flatten, 387904, 2102794",
        "dual-conv-cnn, pool=max, 428608, 650",
        "dual-conv-cnn, pool=avg, 428608, 650",
        "dual-conv-cnn, cut=flatten, 18816, 410442",
    })
    void countsMatchTheReferenceArchitectures(String model, String option, long backbone, long head) {
        ModelParts parts = TestModels.build(model, options(option), 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            TestModels.initialize(parts.network(), manager, 1);
            assertEquals(backbone, ParameterCounter.count(parts.backbone()), "backbone of " + model);
            assertEquals(head, ParameterCounter.count(parts.head()), "head of " + model);
            assertEquals(backbone + head, ParameterCounter.count(parts.network()), "whole " + model);
        }
    }

    @Test
    void issueTotalsHold() {
        assertEquals(159_882, total("simple-cnn"));
        assertEquals(61_706, total("lenet5"));
        assertEquals(11_172_810, total("resnet18"));
    }

    @Test
    void referenceSystemTotalsHold() {
        assertEquals(81_066, total("small-cnn"), "the three-stage CNN's published count");
        assertEquals(887_530, total("keras-cnn"), "the Keras CNN's published trainable count");
        // No padding (the default): 256 x 4 x 4 features into dense 512; BatchNorm's scale and shift count.
        assertEquals(2_490_698, total("deep-bn-cnn"));
        assertEquals(6_816_074, total("deep-bn-cnn", Map.of("padding", "same"), 10));
    }

    @Test
    void digitsAndLettersCountsForThirtySixClasses() {
        assertEquals(28_260, total("linear", Map.of("output", "sigmoid"), 36));
        assertEquals(210_212, total("mlp", Map.of(), 36));
        assertEquals(430_948, total("dual-conv-cnn", Map.of(), 36));
        assertEquals(430_948, total("dual-conv-cnn", Map.of("pool", "avg"), 36));
        assertEquals(2_504_036, total("deep-bn-cnn", Map.of(), 36));
    }

    @Test
    void batchNormRunningStatisticsAreNotCounted() {
        ModelParts parts = TestModels.build("resnet18", Map.of(), 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            TestModels.initialize(parts.network(), manager, 1);
            long all = 0;
            long statistics = 0;
            for (Parameter p : parts.network().getParameters().values()) {
                all += p.getArray().size();
                if (!ParameterCounter.isLearnable(p)) {
                    statistics += p.getArray().size();
                }
            }
            // 20 BatchNorm layers, each with a mean and a variance per channel.
            assertEquals(2 * 4800, statistics);
            assertEquals(all - statistics, ParameterCounter.count(parts.network()));
            parts.backbone().freezeParameters(true);
            assertEquals(5130, ParameterCounter.countTrainable(parts.network()));
            assertTrue(ParameterCounter.count(parts.network()) > ParameterCounter.countTrainable(parts.network()));
        }
    }

    private static long total(String model) {
        return total(model, Map.of(), 10);
    }

    private static long total(String model, Map<String, String> options, int classes) {
        ModelParts parts = TestModels.build(model, options, classes);
        try (NDManager manager = NDManager.newBaseManager()) {
            TestModels.initialize(parts.network(), manager, 1);
            return ParameterCounter.count(parts.network());
        }
    }

    static Map<String, String> options(String option) {
        if (option == null || option.isBlank()) {
            return Map.of();
        }
        String[] kv = option.split("=", 2);
        return Map.of(kv[0], kv[1]);
    }
}
