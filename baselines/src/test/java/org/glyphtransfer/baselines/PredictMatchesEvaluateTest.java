package org.glyphtransfer.baselines;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.testing.RealData;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.DatasetLoading;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline trained on scanned letter files classifies each test file, read from disk and preprocessed
 * by the predictor as a user's photo would be, into the class that evaluating the folder gives it.
 */
class PredictMatchesEvaluateTest {
    @TempDir
    Path tmp;

    @Test
    void everyTestFileGetsTheClassEvaluateGivesIt() {
        Path root = RealData.folder("a baseline on the scanned letters");
        GlyphRuntime rt = BaselineTest.runtime(root);
        DatasetChoice letters = dataset("letter-folders", "root=letters-scans", "perClass=15");
        Path dir = tmp.resolve("knn");
        Evaluation e = Baseline.knn()
                .withK(3)
                .on(letters)
                .saveTo(dir)
                .runtime(rt)
                .run()
                .evaluation();
        try (NDManager manager = NDManager.newBaseManager();
                Predictor predictor = Predictor.builder(dir).optRuntime(rt).build()) {
            DataSplit test = DatasetLoading.load(rt, letters, manager).dataset().test();
            List<String> files = test.sampleIds();
            assertEquals(e.samples(), files.size());
            int[] classes = e.predictions();
            for (int i = 0; i < files.size(); i++) {
                Path file = root.resolve("letters-scans").resolve(files.get(i));
                assertEquals(classes[i], predictor.predictFile(file, 1).best().index(), files.get(i));
            }
        }
    }
}
