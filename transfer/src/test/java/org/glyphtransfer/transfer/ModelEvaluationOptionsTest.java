package org.glyphtransfer.transfer;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.testing.TestRuntimes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dataset options given without a dataset apply to the model's own dataset, checked like any others. */
class ModelEvaluationOptionsTest {
    @TempDir
    static Path dir;

    static Path model;

    @BeforeAll
    static void pretrain() {
        model = dir.resolve("model");
        Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=3", "perClass=16"))
                .epochs(1)
                .saveTo(model)
                .runtime(TestRuntimes.cpu(Path.of("."), 1))
                .run();
    }

    private static ModelEvaluation evaluation() {
        return ModelEvaluation.of(model).runtime(TestRuntimes.cpu(Path.of("."), 1));
    }

    @Test
    void optionsWithoutADatasetChangeTheModelsOwnDataset() {
        assertEquals(16, evaluation().run().samples(), "4 classes × 4 test images, as trained");
        Evaluation larger =
                evaluation().withDatasetOptions(Map.of("perClass", "40")).run();
        assertEquals(40, larger.samples(), "4 classes × 10 test images");
    }

    /**
     * Plugins draw their test split with the run's seed, so a model evaluated under another seed would be
     * tested on other images, some of which it may have trained on.
     */
    @Test
    void theModelsOwnDatasetIsSplitWithTheSeedItWasTrainedWith() {
        Evaluation asTrained = evaluation().run();
        Evaluation otherSeed = ModelEvaluation.of(model)
                .runtime(TestRuntimes.cpu(Path.of("."), 99))
                .run();
        assertEquals(asTrained.loss(), otherSeed.loss(), "the same test images, the same loss");
        assertArrayEquals(asTrained.confidences(), otherSeed.confidences());
    }

    @Test
    void anUnknownOptionIsRefusedNotIgnored() {
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> evaluation()
                        .withDatasetOptions(Map.of("root", "other-data"))
                        .run());
        assertTrue(e.getMessage().contains("root"), e.getMessage());
    }
}
