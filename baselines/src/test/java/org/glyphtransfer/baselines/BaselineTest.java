package org.glyphtransfer.baselines;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.testing.RealData;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.DatasetLoading;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.ModelEvaluation;
import org.glyphtransfer.transfer.TrainedModel;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.ScoringModel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every method trains on a small subset of the real A–Z letters, saves a model folder, and the folder
 * loads back through glyph's folder loader with the same answers: evaluate gives the training run's
 * accuracy and predictions, predict gives the same class per image.
 */
class BaselineTest {
    @TempDir
    Path tmp;

    static GlyphRuntime runtime(Path root) {
        return GlyphRuntime.builder()
                .optRegistry(PluginRegistry.builder().optUseEnvironment(false).build())
                .optDataRoot(DataRoot.of(root))
                .optEngine(CpuEngine.options(1, 7))
                .build();
    }

    static DatasetChoice letters(int perClass) {
        return dataset("az-csv", "perClass=" + perClass);
    }

    @ParameterizedTest
    @CsvSource({
        "knn, k=3, 0.55",
        "svm, C=5, 0.55",
        "linear-svm, C=1, 0.45",
        "random-forest, trees=8, 0.40",
        "logistic, epochs=10, 0.45",
        "xgboost, trees=10, 0.35"
    })
    void trainsSavesAndLoadsBackWithTheSameAnswers(String method, String option, double atLeast) {
        GlyphRuntime rt = runtime(RealData.folder("baselines train on the A-Z letters"));
        Path dir = tmp.resolve(method);
        String[] kv = option.split("=");
        TrainedModel trained = Baseline.of(method)
                .withOption(kv[0], kv[1])
                .on(letters(20))
                .saveTo(dir)
                .runtime(rt)
                .run();
        Evaluation e = trained.evaluation();
        assertEquals(520, e.samples());
        assertTrue(e.accuracy() >= atLeast, method + " reached only " + e.accuracy());
        for (String file : List.of("model.json", "report.md", "report.json", BaselineFiles.TRIBUO_PROVENANCE)) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        assertTrue(trained.trainingSeconds() > 0);
        assertEquals(method, ModelFolder.readProvenance(dir).architecture());

        Evaluation again = ModelEvaluation.of(dir).runtime(rt).run();
        assertEquals(e.accuracy(), again.accuracy(), 0.0);
        assertArrayEquals(e.predictions(), again.predictions());

        try (NDManager manager = NDManager.newBaseManager();
                ScoringModel loaded = ModelFolder.loadScoring(
                        dir, rt.registry(), rt.dataRoot(), rt.engine().device());
                Predictor predictor = Predictor.builder(dir).optRuntime(rt).build()) {
            DataSplit test =
                    DatasetLoading.load(rt, letters(20), manager).dataset().test();
            float[] pixels = test.images().toFloatArray();
            int size = pixels.length / test.size();
            List<float[]> inputs = new ArrayList<>();
            for (int i = 0; i < test.size(); i++) {
                float[] one = new float[size];
                System.arraycopy(pixels, i * size, one, 0, size);
                inputs.add(one);
            }
            List<Prediction> predicted = predictor.predictInputs(inputs, 1);
            int[] expected = e.predictions();
            int k = e.classNames().size();
            float[] rows = loaded.probabilities(pixels, test.size());
            for (int i = 0; i < test.size(); i++) {
                assertEquals(
                        e.classNames().get(expected[i]), predicted.get(i).best().name(), "image " + i);
                int best = 0;
                for (int c = 1; c < k; c++) {
                    best = rows[i * k + c] > rows[i * k + best] ? c : best;
                }
                assertEquals(expected[i], best, "image " + i);
            }
        }
    }
}
