package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glyph baseline} on generated IDX digits: a model folder that {@code evaluate} and {@code predict}
 * take, and one sentence with exit code 2 for each bad input, with nothing written.
 */
class BaselineCommandTest {
    @TempDir
    Path tmp;

    private CliRun glyph(String... args) {
        List<String> all = new java.util.ArrayList<>(
                List.of("--device", "cpu", "--threads", "1", "--quiet", "--data-root", tmp.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static void assertUserError(CliRun run, String... fragments) {
        assertEquals(2, run.code, run.toString());
        assertFalse(CliRun.hasStackTrace(run.err), run.toString());
        String line = run.err.strip();
        assertEquals(1, line.lines().count(), run.toString());
        for (String f : fragments) {
            assertTrue(line.contains(f), "'" + f + "' missing from: " + line);
        }
    }

    @Test
    void trainsAFolderThatEvaluateAndPredictTake() throws Exception {
        Path digits = BadInputFiles.idxDataset(tmp.resolve("digits"), 120, 28, 10);
        Path out = tmp.resolve("knn");
        CliRun run = glyph(
                "baseline",
                "--method",
                "knn",
                "--method-option",
                "k=1",
                "--dataset",
                "idx",
                "--option",
                "dir=" + digits,
                "--out",
                out.toString());
        assertEquals(0, run.code, run.toString());
        assertTrue(run.out.contains("test accuracy"), run.out);
        assertTrue(Files.isRegularFile(out.resolve("model.json")));

        CliRun evaluate = glyph("evaluate", "--model", out.toString(), "--json");
        assertEquals(0, evaluate.code, evaluate.toString());
        assertTrue(evaluate.out.contains("\"accuracy\""), evaluate.out);

        Path png = tmp.resolve("digit.png");
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(28, 28, java.awt.image.BufferedImage.TYPE_BYTE_GRAY),
                "png",
                png.toFile());
        CliRun predict = glyph("predict", "--model", out.toString(), png.toString());
        assertEquals(0, predict.code, predict.toString());
        assertTrue(predict.out.contains("digit.png"), predict.out);

        Path transferred = tmp.resolve("transferred");
        assertUserError(
                glyph(
                        "transfer",
                        "--from",
                        out.toString(),
                        "--dataset",
                        "idx",
                        "--option",
                        "dir=" + digits,
                        "--out",
                        transferred.toString()),
                "holds a 'knn' model, not a network");
        assertFalse(Files.exists(transferred));
    }

    @Test
    void anUnknownMethodIsNamed() {
        Path out = tmp.resolve("out");
        assertUserError(
                glyph("baseline", "--method", "nearest", "--dataset", "idx", "--out", out.toString()),
                "'nearest'",
                "knn, svm, linear-svm, random-forest, logistic, xgboost");
        assertFalse(Files.exists(out));
    }

    @Test
    void anOptionOfAnotherMethodIsNamedWithItsMethod() {
        Path out = tmp.resolve("out");
        assertUserError(
                glyph(
                        "baseline",
                        "--method",
                        "knn",
                        "--method-option",
                        "kernel=rbf",
                        "--dataset",
                        "idx",
                        "--out",
                        out.toString()),
                "'kernel' belongs to svm, not to knn",
                "k, distance");
        assertFalse(Files.exists(out));
    }

    @Test
    void kAboveTheTrainingImagesIsRefused() {
        Path digits = BadInputFiles.idxDataset(tmp.resolve("digits"), 50, 28, 10);
        Path out = tmp.resolve("out");
        assertUserError(
                glyph(
                        "baseline",
                        "--method",
                        "knn",
                        "--method-option",
                        "k=200",
                        "--dataset",
                        "idx",
                        "--option",
                        "dir=" + digits,
                        "--out",
                        out.toString()),
                "k=200",
                "training images");
        assertFalse(Files.exists(out));
    }

    @Test
    void imagesOfDifferentSizesAreRefused() throws Exception {
        Path small = BadInputFiles.idxDataset(tmp.resolve("small"), 40, 28, 10);
        Path large = BadInputFiles.idxDataset(tmp.resolve("large"), 40, 32, 10);
        Path mixed = tmp.resolve("mixed");
        Files.createDirectories(mixed);
        for (String f : List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte")) {
            Files.copy(small.resolve(f), mixed.resolve(f));
        }
        for (String f : List.of("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")) {
            Files.copy(large.resolve(f), mixed.resolve(f));
        }
        Path out = tmp.resolve("out");
        assertUserError(
                glyph(
                        "baseline",
                        "--method",
                        "logistic",
                        "--dataset",
                        "idx",
                        "--option",
                        "dir=" + mixed,
                        "--out",
                        out.toString()),
                "test images of size 1 × 32 × 32",
                "1 × 28 × 28");
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownBaselineOfTransferIsNamedBeforeAnythingRuns() {
        Path out = tmp.resolve("out");
        assertUserError(
                glyph(
                        "transfer",
                        "--from",
                        tmp.resolve("none").toString(),
                        "--dataset",
                        "idx",
                        "--baseline",
                        "scratch,forest",
                        "--out",
                        out.toString()),
                "'forest'",
                "random-forest");
        assertFalse(Files.exists(out));
    }

    @Test
    void theExperimentFileKeyTakesTheSameNamesAndRefusesOthers() throws Exception {
        Path digits = BadInputFiles.idxDataset(tmp.resolve("digits"), 40, 28, 10);
        String experiment = "out: " + tmp.resolve("run") + "\ntransfer:\n  from: " + tmp.resolve("model")
                + "\n  dataset: idx\n  option:\n    dir: " + digits + "\n  baseline: scratch,knn,svm\n";
        Path good = tmp.resolve("good.yaml");
        Files.writeString(good, experiment);
        CliRun valid = glyph("run", good.toString(), "--check");
        assertEquals(0, valid.code, valid.toString());

        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, experiment.replace("scratch,knn,svm", "scratch,nearest"));
        assertUserError(glyph("run", bad.toString(), "--check"), "'transfer.baseline'", "'nearest'");
    }

    @Test
    void transferWithBaselinesWritesOneComparisonOfEveryModel() throws Exception {
        Path digits = BadInputFiles.idxDataset(tmp.resolve("digits"), 120, 28, 10);
        Path source = tmp.resolve("source");
        CliRun pretrain = glyph(
                "pretrain",
                "--model",
                "mlp",
                "--dataset",
                "idx",
                "--option",
                "dir=" + digits,
                "--epochs",
                "1",
                "--out",
                source.toString());
        assertEquals(0, pretrain.code, pretrain.toString());
        Path out = tmp.resolve("transfer");
        CliRun transfer = glyph(
                "transfer",
                "--from",
                source.toString(),
                "--dataset",
                "idx",
                "--option",
                "dir=" + digits,
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1",
                "--baseline",
                "scratch,knn,logistic",
                "--out",
                out.toString());
        assertEquals(0, transfer.code, transfer.toString());
        String table = Files.readString(out.resolve("comparison.md"));
        for (String model : List.of(
                "| transfer | network |", "| scratch | network |", "| knn | baseline |", "| logistic | baseline |")) {
            assertTrue(table.contains(model), model + " missing from:\n" + table);
        }
        assertTrue(javax.imageio.ImageIO.read(out.resolve("comparison.png").toFile())
                        .getWidth()
                > 0);
        assertEquals(5, Files.readAllLines(out.resolve("comparison.csv")).size());
        assertTrue(Files.isRegularFile(out.resolve("baseline-knn").resolve("model.json")));
        assertTrue(transfer.out.contains("logistic"), transfer.out);
    }
}
