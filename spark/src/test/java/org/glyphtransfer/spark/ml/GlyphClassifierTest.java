package org.glyphtransfer.spark.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.spark.predict.GlyphImages;
import org.glyphtransfer.spark.predict.ShapesModel;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GlyphClassifier} in a Spark ML pipeline on local[2], against {@link Predictor} on the same files. */
class GlyphClassifierTest {
    @TempDir
    static Path dir;

    static Path images;
    static SparkSession spark;

    @BeforeAll
    static void start() throws Exception {
        images = GlyphImages.folder(dir.resolve("scans"), 24, 5);
        Files.write(images.resolve("batch-0").resolve("torn.png"), new byte[] {1, 2, 3});
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

    private static void assertAgrees(List<Row> rows, String column) throws Exception {
        try (Predictor predictor = Predictor.builder(ShapesModel.folder())
                .optRuntime(ShapesModel.runtime())
                .build()) {
            for (Row row : rows) {
                Path file = Path.of(URI.create(row.getAs("path")));
                Row p = row.getAs(column);
                if (file.getFileName().toString().equals("torn.png")) {
                    assertNull(p.getAs("class"));
                    String error = p.getAs("error");
                    assertTrue(error.contains("is not a PNG"), error);
                    continue;
                }
                Prediction expected = predictor.predictFile(file, 2);
                assertEquals(expected.best().name(), p.getAs("class"), file.toString());
                assertEquals(expected.best().probability(), p.<Float>getAs("probability"), 1e-5);
                List<String> classes = p.getList(p.fieldIndex("classes"));
                List<Float> probabilities = p.getList(p.fieldIndex("probabilities"));
                assertEquals(2, classes.size());
                assertEquals(expected.top().get(1).name(), classes.get(1));
                assertEquals(expected.top().get(1).probability(), probabilities.get(1), 1e-5);
            }
        }
    }

    @Test
    void classifiesBinaryFilesInAPipelineKeepingEveryColumn() throws Exception {
        Dataset<Row> scans = spark.read().format("binaryFile").load(images + "/*/*.png");
        GlyphClassifier classifier = new GlyphClassifier()
                .setModelPath(ShapesModel.folder().toString())
                .setInputCol("content")
                .setOutputCol("prediction")
                .setTopK(2);
        Dataset<Row> out = new Pipeline()
                .setStages(new PipelineStage[] {classifier})
                .fit(scans)
                .transform(scans);
        assertEquals(List.of("path", "modificationTime", "length", "content", "prediction"), List.of(out.columns()));
        List<Row> rows = out.collectAsList();
        assertEquals(25, rows.size());
        assertAgrees(rows, "prediction");
    }

    @Test
    void classifiesSparkImageStructsAsTheirFiles() throws Exception {
        Dataset<Row> structs = spark.read().format("image").load(images + "/batch-1/*.png");
        Dataset<Row> out = new GlyphClassifier()
                .setModelPath(ShapesModel.folder().toString())
                .setInputCol("image")
                .setOutputCol("guess")
                .setTopK(2)
                .transform(structs)
                .selectExpr("image.origin AS path", "guess");
        List<Row> rows = out.collectAsList();
        assertEquals(6, rows.size());
        assertNotNull(rows.get(0).getAs("guess"));
        assertAgrees(rows, "guess");
    }

    @Test
    void aColumnThatHoldsNoImagesIsRefused() {
        Dataset<Row> scans = spark.read().format("binaryFile").load(images + "/*/*.png");
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> new GlyphClassifier().setInputCol("path").transformSchema(scans.schema()));
        assertTrue(e.getMessage().contains("'path' is of type string"), e.getMessage());
    }
}
