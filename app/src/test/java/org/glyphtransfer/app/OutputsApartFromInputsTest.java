package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command writes over what it reads: an output that is, contains or lies inside an input is
 * refused with exit code 2 and one sentence naming the option and both paths, and every input is
 * left byte for byte as it was.
 */
class OutputsApartFromInputsTest {
    @TempDir
    Path dir;

    private Path model;
    private Path letters;
    private Path images;
    private Path dataRoot;

    @BeforeEach
    void copyInputs() throws IOException {
        model = copy(LetterModels.synthetic(), dir.resolve("model"));
        letters = copy(LetterModels.syntheticData(), dir.resolve("letters"));
        dataRoot = dir;
        images = dir.resolve("images");
        Files.createDirectories(images);
        Files.copy(letters.resolve("Testing/L/L_0.png"), images.resolve("L_0.png"));
        Files.copy(letters.resolve("Testing/X/X_1.png"), images.resolve("X_1.png"));
    }

    @Test
    void predictDoesNotSavePreprocessedImagesOverTheImageFolder() {
        refused(
                List.of(images),
                "--save-preprocessed",
                images.toString(),
                images,
                "predict",
                "--model",
                str(model),
                "--save-preprocessed",
                str(images),
                str(images));
    }

    @Test
    void predictSeesThroughDotsTrailingSlashesAndFileArguments() {
        String sneaky = dir + "/./images/../images";
        Path file = images.resolve("L_0.png");
        refused(
                List.of(images),
                "--save-preprocessed",
                sneaky,
                file,
                "predict",
                "--model",
                str(model),
                "--save-preprocessed",
                sneaky + "/",
                str(file));
    }

    @Test
    void predictSeesThroughSymbolicLinks() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), images);
        refused(
                List.of(images),
                "--save-preprocessed",
                str(link),
                images,
                "predict",
                "--model",
                str(model),
                "--save-preprocessed",
                str(link),
                str(images));
    }

    @Test
    void predictDoesNotSavePreprocessedImagesIntoTheModelFolder() {
        Path inside = model.resolve("preprocessed");
        refused(
                List.of(model),
                "--save-preprocessed",
                str(inside),
                model,
                "predict",
                "--model",
                str(model),
                "--save-preprocessed",
                str(inside),
                str(images));
        assertFalse(Files.exists(inside));
    }

    @Test
    void predictWithAMissingModelLeavesNoOutputFolderBehind() {
        Path out = dir.resolve("preprocessed");
        CliRun run = glyph(
                "predict", "--model", str(dir.resolve("no-such-model")), "--save-preprocessed", str(out), str(images));
        assertEquals(2, run.code, run.toString());
        assertFalse(Files.exists(out), "an empty " + out + " was left behind");
    }

    @Test
    void transferDoesNotReplaceItsSourceModel() {
        refused(
                List.of(model),
                "--out",
                str(model),
                model,
                "transfer",
                "--from",
                str(model),
                "--out",
                str(model),
                "--overwrite",
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + letters,
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1");
    }

    @Test
    void transferDoesNotWriteInsideItsSourceModel() {
        Path inside = model.resolve("transferred");
        refused(
                List.of(model),
                "--out",
                str(inside),
                model,
                "transfer",
                "--from",
                str(model),
                "--out",
                str(inside),
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + letters,
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1");
        assertFalse(Files.exists(inside));
    }

    @Test
    void transferDoesNotWriteIntoAFolderHoldingItsInputs() {
        refused(
                List.of(model, letters),
                "--out",
                str(dir),
                model,
                "transfer",
                "--from",
                str(model),
                "--out",
                str(dir),
                "--overwrite",
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + letters,
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1");
    }

    @Test
    void pretrainDoesNotWriteIntoItsDataset() {
        refused(
                List.of(letters),
                "--out",
                str(letters),
                letters,
                "pretrain",
                "--model",
                "simple-cnn",
                "--dataset",
                "letter-folders",
                "--option",
                "root=letters",
                "--out",
                str(letters),
                "--overwrite",
                "--epochs",
                "1");
    }

    @Test
    void pretrainDoesNotWriteOverTheDataRoot() throws IOException {
        dataRoot = Files.createDirectories(dir.resolve("data-root"));
        Files.writeString(dataRoot.resolve("keep.txt"), "data\n");
        refused(
                List.of(letters, dataRoot),
                "--out",
                str(dataRoot),
                dataRoot,
                "pretrain",
                "--model",
                "simple-cnn",
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + letters,
                "--out",
                str(dataRoot),
                "--overwrite",
                "--epochs",
                "1");
    }

    @Test
    void evaluateDoesNotReplaceTheModelsTrainingReport() throws IOException {
        Files.writeString(model.resolve("report.json"), "{\"phases\": [\"head\", \"fine-tune\"]}\n");
        Files.writeString(model.resolve("report.md"), "| phase | epochs |\n|---|---|\n| head | 50 |\n");
        refused(List.of(model), "--out", str(model), model, "evaluate", "--model", str(model), "--out", str(model));
    }

    @Test
    void runDoesNotReplaceTheModelItTransfersFrom() throws IOException {
        Path experiment = experiment("transfer.out: " + model);
        refused(List.of(model, experiment), "'transfer.out'", str(model), model, "run", str(experiment));
    }

    @Test
    void runDoesNotWriteIntoTheFolderOfItsExperimentFile() throws IOException {
        Path experiment = experiment("out: " + dir);
        refused(List.of(model, experiment), "'out'", str(dir), experiment, "run", str(experiment), "--overwrite");
    }

    @Test
    void sweepDoesNotWriteIntoTheFolderOfItsSweepFile() throws IOException {
        Path experiment = experiment("out: " + dir.resolve("runs"));
        Path sweep = dir.resolve("sweep.yaml");
        Files.writeString(sweep, "base: experiment.yaml\nout: " + dir + "\ngrid:\n  transfer.lr: [0.001]\n");
        refused(List.of(model, experiment, sweep), "'out'", str(dir), sweep, "sweep", str(sweep));
    }

    @Test
    void studyDoesNotWriteIntoItsSourceModel() {
        refused(
                List.of(model),
                "--out",
                str(model),
                model,
                "study",
                "data-efficiency",
                "--from",
                str(model),
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + letters,
                "--per-class",
                "4",
                "--seeds",
                "1",
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1",
                "--out",
                str(model));
    }

    @Test
    void benchDoesNotWriteItsResultsOverThePeerScript() throws IOException {
        Path script = Files.writeString(dir.resolve("peer.py"), "print('peer')\n");
        refused(
                List.of(script),
                "--out",
                str(script),
                script,
                "bench",
                "--quick",
                "--out",
                str(script),
                "--peer-script",
                str(script),
                "--scratch",
                str(dir.resolve("scratch")));
    }

    @Test
    void datasetPreviewDoesNotWriteInsideTheDataset() {
        Path sheet = letters.resolve("Training/sheet.png");
        refused(
                List.of(letters),
                "--out",
                str(sheet),
                letters,
                "dataset",
                "preview",
                "letter-folders",
                "--option",
                "root=letters",
                "--out",
                str(sheet));
        assertFalse(Files.exists(sheet));
    }

    /** An experiment that transfers {@link #model} to {@link #letters} for one epoch per phase. */
    private Path experiment(String outLine) throws IOException {
        return Files.writeString(
                dir.resolve("experiment.yaml"),
                String.join(
                        "\n",
                        outLine,
                        "transfer:",
                        "  from: " + model,
                        "  dataset: letter-folders",
                        "  option:",
                        "    root: " + letters,
                        "  head-epochs: 1",
                        "  fine-epochs: 1",
                        ""));
    }

    /**
     * Runs glyph and checks that it refused: exit 2, one line naming the option and both paths, no
     * stack trace, and the inputs unchanged.
     */
    private void refused(List<Path> inputs, String option, String output, Path input, String... args) {
        Map<String, String> before = hashes(inputs);
        CliRun run = glyph(args);
        assertEquals(2, run.code, run.toString());
        String message = run.err.strip();
        assertEquals(1, message.lines().count(), run.toString());
        assertTrue(message.contains(option + " " + output + " "), run.toString());
        assertTrue(message.contains(" " + input + ","), run.toString());
        assertFalse(CliRun.hasStackTrace(run.err), run.toString());
        assertEquals(before, hashes(inputs), "an input was modified");
    }

    private CliRun glyph(String... args) {
        List<String> all = new ArrayList<>(
                List.of("--device", "cpu", "--threads", "1", "--quiet", "--data-root", dataRoot.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static String str(Path p) {
        return p.toString();
    }

    /** Every file under the inputs with its SHA-256, so that an added, removed or changed file shows. */
    private static Map<String, String> hashes(List<Path> inputs) {
        Map<String, String> hashes = new TreeMap<>();
        for (Path input : inputs) {
            try (Stream<Path> walk = Files.walk(input)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    hashes.put(f.toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return hashes;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
