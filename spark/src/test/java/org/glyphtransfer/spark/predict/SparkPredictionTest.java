package org.glyphtransfer.spark.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.predict.ClassScore;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Spark predictions on an embedded local[2] session against {@link Predictor} on the same files. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkPredictionTest {
    static final int TOP = 3;

    @TempDir
    static Path dir;

    static Path modelDir;
    static Path images;
    static GlyphRuntime runtime;
    static SparkSession spark;

    @BeforeAll
    static void trainModelAndStartSpark() throws Exception {
        runtime = ShapesModel.runtime();
        // A copy under its own name has its own model id, so this class sees its first load whatever ran before.
        modelDir = dir.resolve("prediction-test-model");
        Files.createDirectories(modelDir);
        try (Stream<Path> files = Files.list(ShapesModel.folder())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, modelDir.resolve(f.getFileName()));
            }
        }
        images = GlyphImages.folder(dir.resolve("scans"), 90, 2);
        Files.write(images.resolve("batch-1").resolve("torn.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});
        Files.writeString(images.resolve("notes.txt"), "not an image");
        spark = SparkSession.builder()
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static List<Path> imageFiles() throws Exception {
        try (Stream<Path> walk = Files.walk(images)) {
            return walk.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
    }

    private static Map<Path, Row> byPath(List<Row> rows) {
        Map<Path, Row> map = new HashMap<>();
        for (Row r : rows) {
            assertNull(map.put(Path.of(URI.create(r.getString(0))), r), "one row per image");
        }
        return map;
    }

    @Test
    @Order(1)
    void everyImageGetsTheRowPredictorGivesIt() throws Exception {
        Path out = dir.resolve("predictions.parquet");
        PredictionSummary summary = SparkPrediction.builder(modelDir, images.toString(), out)
                .optTopK(TOP)
                .optImagesPerPartition(16)
                .optBatch(7)
                .build()
                .run(spark);
        List<Path> files = imageFiles();
        assertEquals(91, files.size());
        assertEquals(91, summary.inputs());
        assertEquals(91, summary.rows());
        assertEquals(1, summary.failed());
        Map<Path, Row> rows = byPath(spark.read().parquet(out.toString()).collectAsList());
        assertEquals(files.size(), rows.size(), "row count = input count");
        String id = SparkPrediction.modelId(modelDir, ModelFolder.readProvenance(modelDir));
        assertEquals(Map.of("driver", 1), summary.loadsPerExecutor(), "one load in the one local executor");
        try (Predictor predictor =
                Predictor.builder(modelDir).optRuntime(runtime).build()) {
            for (Path file : files) {
                Row row = rows.get(file.toRealPath());
                assertNotNull(row, file.toString());
                assertEquals(id, row.getAs(PredictionRows.MODEL));
                if (file.getFileName().toString().equals("torn.png")) {
                    assertNull(row.get(1));
                    String error = row.getAs(PredictionRows.ERROR);
                    assertTrue(error.startsWith("Image file " + file.toRealPath()), error);
                    continue;
                }
                assertNull(row.getAs(PredictionRows.ERROR), file.toString());
                Prediction expected = predictor.predictFile(file, TOP);
                for (int k = 1; k <= TOP; k++) {
                    ClassScore score = expected.top().get(k - 1);
                    assertEquals(score.name(), row.getAs(PredictionRows.classColumn(k)), file + " rank " + k);
                    float p = row.getAs(PredictionRows.probabilityColumn(k));
                    assertEquals(score.probability(), p, 1e-5, file + " rank " + k);
                }
            }
        }
        assertEquals(1, ExecutorModels.loads(id), "loaded once in this JVM");
    }

    @Test
    void csvHoldsTheSameRowsAndALaterJobReusesTheLoadedModel() throws Exception {
        Path out = dir.resolve("predictions.csv");
        PredictionSummary summary = SparkPrediction.builder(modelDir, images + "/batch-2/*.png", out)
                .optFormat(OutputFormat.CSV)
                .optTopK(1)
                .build()
                .run(spark);
        List<Row> rows =
                spark.read().option("header", "true").csv(out.toString()).collectAsList();
        long expected;
        try (Stream<Path> files = Files.list(images.resolve("batch-2"))) {
            expected = files.count();
        }
        assertEquals(expected, rows.size());
        assertEquals(expected, summary.rows());
        assertEquals(
                List.of("path", "answer", "class_1", "probability_1", "model", "error"),
                List.of(rows.get(0).schema().fieldNames()));
        String id = SparkPrediction.modelId(modelDir, ModelFolder.readProvenance(modelDir));
        assertEquals(1, ExecutorModels.loads(id), "the second job found the model loaded");
    }

    @Test
    void failModeStopsTheJobNamingTheFile() {
        Path out = dir.resolve("strict");
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> SparkPrediction.builder(modelDir, images.toString(), out)
                        .optOnError(OnError.FAIL)
                        .build()
                        .run(spark));
        assertTrue(e.getMessage().contains("torn.png"), e.getMessage());
    }
}
