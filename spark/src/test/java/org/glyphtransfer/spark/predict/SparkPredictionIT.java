package org.glyphtransfer.spark.predict;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.testing.RealData;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark predictions on local[2] agree with {@link Predictor} (what {@code glyph predict} runs) on
 * real scans and MNIST test digits written as PNG files: same classes, probabilities within 1e-5,
 * one row per file, one model load. CI uses the first 2,000 digits; {@code -Dglyph.spark.images=10000}
 * runs all of them.
 */
class SparkPredictionIT {
    static final int TOP = 3;

    @TempDir
    static Path dir;

    static Path data;
    static Path model;
    static GlyphRuntime runtime;
    static SparkSession spark;

    @BeforeAll
    static void trainAndStart() {
        data = RealData.folder("Spark predictions are checked on MNIST digits and letter scans");
        runtime = GlyphRuntime.builder()
                .optRegistry(PluginRegistry.builder().optUseEnvironment(false).build())
                .optDataRoot(DataRoot.of(data))
                .optEngine(CpuEngine.options(1, 11))
                .build();
        model = dir.resolve("mnist-model");
        Pretraining.of(model("simple-cnn"))
                .on(dataset("mnist", "perClass=50"))
                .epochs(1)
                .saveTo(model)
                .reports(Reports.NONE)
                .runtime(runtime)
                .run();
        spark = SparkSession.builder()
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void mnistDigitsAndLetterScansGetTheSameClassesAndProbabilities() throws Exception {
        int count = Integer.getInteger("glyph.spark.images", 2000);
        Path digits = MnistPngs.write(data.resolve("mnist"), dir.resolve("digits"), count);
        PredictionSummary first = check(digits, count, "digits");
        assertEquals(Map.of("driver", 1), first.loadsPerExecutor(), "one load in the one local executor");
        check(data.resolve("letters-scans").resolve("Testing"), 522, "letters");
        assertEquals(1, ExecutorModels.loads(first.modelId()));
    }

    private PredictionSummary check(Path folder, int expected, String name) throws Exception {
        Path out = dir.resolve(name + ".parquet");
        PredictionSummary summary = SparkPrediction.builder(model, folder.toString(), out)
                .optTopK(TOP)
                .build()
                .run(spark);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
        assertEquals(expected, files.size());
        Map<Path, Row> rows = new HashMap<>();
        for (Row r : spark.read().parquet(out.toString()).collectAsList()) {
            // Spark reports the path as given, symbolic links unresolved (the data folder may be one): compare real
            // paths.
            assertNull(rows.put(Path.of(URI.create(r.getString(0))).toRealPath(), r), "one row per image");
        }
        assertEquals(expected, rows.size(), "row count = input count");
        assertEquals(0, summary.failed());
        try (Predictor predictor = Predictor.builder(model).optRuntime(runtime).build()) {
            for (int start = 0; start < files.size(); start += 500) {
                List<Path> chunk = files.subList(start, Math.min(files.size(), start + 500));
                List<Prediction> expectedPredictions = predictor.predictAll(
                        chunk.stream().map(f -> predictor.decoder().read(f)).toList(), TOP);
                for (int i = 0; i < chunk.size(); i++) {
                    Row row = rows.get(chunk.get(i).toRealPath());
                    assertNotNull(row, chunk.get(i).toString());
                    Prediction p = expectedPredictions.get(i);
                    for (int k = 1; k <= TOP; k++) {
                        assertEquals(p.top().get(k - 1).name(), row.getAs(PredictionRows.classColumn(k)));
                        float probability = row.getAs(PredictionRows.probabilityColumn(k));
                        assertEquals(p.top().get(k - 1).probability(), probability, 1e-5, chunk.get(i) + " " + k);
                    }
                }
            }
        }
        return summary;
    }
}
