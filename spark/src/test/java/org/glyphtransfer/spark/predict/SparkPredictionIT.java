package org.glyphtransfer.spark.predict;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.app.GlyphMain;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.testing.RealData;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark predictions on local[2] agree with {@link Predictor} (what {@code glyph predict} runs) on
 * real scans and MNIST test digits written as PNG files: same classes, probabilities within 1e-5,
 * one row per file, one model load. CI uses the first 2,000 digits; {@code -Dglyph.spark.images=10000}
 * runs all of them. With {@code --min-confidence} and {@code --classes}, {@code glyph spark predict}
 * answers as {@code glyph predict} does, image by image.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Order(1)
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

    /** Last: {@code glyph spark predict} stops the session it ran in, this class's. */
    @Test
    @Order(2)
    void withAnAnswerPolicyBothCommandsGiveTheSameAnswerOrUnknown() throws Exception {
        Path digits = MnistPngs.write(data.resolve("mnist"), dir.resolve("policy-digits"), 400);
        // The threshold is the median confidence among the classes kept, so that about half the answers are unknown.
        List<Double> best = new ArrayList<>();
        glyphPredict(digits, "--classes", "0-5,8").values().forEach(o -> best.add(o.getAs("probability")));
        best.sort(null);
        String threshold = Double.toString(best.get(best.size() / 2));
        String[] policy = {"--min-confidence", threshold, "--classes", "0-5,8", "--top", "2"};
        Map<Path, Row> expected = glyphPredict(digits, policy);
        Path table = dir.resolve("policy.csv");
        List<String> spark = new ArrayList<>(List.of(
                "--device",
                "cpu",
                "spark",
                "predict",
                "--master",
                "local[2]",
                "--format",
                "csv",
                "--model",
                model.toString(),
                "--input",
                digits.toString(),
                "--out",
                table.toString()));
        spark.addAll(List.of(policy));
        StringWriter err = new StringWriter();
        assertEquals(
                0,
                GlyphMain.run(spark.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err)),
                err.toString());
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(table)) {
            for (Path part : parts.filter(p -> p.toString().endsWith(".csv")).toList()) {
                lines.addAll(Files.readAllLines(part)
                        .subList(1, Files.readAllLines(part).size()));
            }
        }
        assertEquals(400, lines.size());
        assertEquals(400, expected.size());
        int unknown = 0;
        for (String line : lines) {
            // path, answer, class_1, probability_1, class_2, probability_2, model, error
            String[] f = line.split(",", -1);
            Row e = expected.get(Path.of(URI.create(f[0])).toRealPath());
            assertNotNull(e, f[0]);
            assertEquals(e.getAs("predicted"), f[1], line);
            unknown += f[1].equals("unknown") ? 1 : 0;
            for (int k = 0; k < 2; k++) {
                Row top = e.<Row>getList(e.fieldIndex("top")).get(k);
                assertEquals(top.getAs("class"), f[2 + 2 * k], line);
                assertEquals(top.<Double>getAs("probability"), Float.parseFloat(f[3 + 2 * k]), 1e-5, line);
                assertTrue(List.of("0", "1", "2", "3", "4", "5", "8").contains(f[2 + 2 * k]), line);
            }
            assertEquals("", f[7], line);
        }
        assertTrue(unknown > 100 && unknown < 300, unknown + " unknown");
    }

    /** What {@code glyph predict --json} says of each image, read with this class's session. */
    private static Map<Path, Row> glyphPredict(Path images, String... options) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> predict = new ArrayList<>(
                List.of("--device", "cpu", "--threads", "1", "predict", "--json", "--model", model.toString()));
        predict.addAll(List.of(options));
        predict.add(images.toString());
        assertEquals(
                0,
                GlyphMain.run(predict.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err)),
                err.toString());
        Path json = Files.createTempFile(dir, "predict-", ".json");
        Files.writeString(json, out.toString());
        Map<Path, Row> byFile = new HashMap<>();
        for (Row r : spark.read()
                .option("multiLine", "true")
                .json(json.toString())
                .selectExpr("explode(predictions) AS p")
                .selectExpr(
                        "p.file AS file", "p.predicted AS predicted", "p.probability AS probability", "p.top AS top")
                .collectAsList()) {
            byFile.put(Path.of(r.<String>getAs("file")).toRealPath(), r);
        }
        return byFile;
    }
}
