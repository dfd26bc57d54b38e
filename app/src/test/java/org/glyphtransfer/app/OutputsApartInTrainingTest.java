package org.glyphtransfer.app;

import static org.glyphtransfer.app.CopiedInputs.str;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training commands keep their output apart from their inputs: {@code transfer} does not
 * replace or write inside its source model or into a folder holding its inputs, {@code pretrain}
 * does not write into its dataset or over the data root, and {@code study} does not write into its
 * source model. Each refusal is checked by {@link CopiedInputs#refused}.
 */
class OutputsApartInTrainingTest {
    private CopiedInputs inputs;

    @BeforeEach
    void copyInputs(@TempDir Path dir) throws IOException {
        inputs = new CopiedInputs(dir);
    }

    @Test
    void transferDoesNotReplaceItsSourceModel() {
        inputs.refused(
                List.of(inputs.model),
                "--out",
                str(inputs.model),
                inputs.model,
                "transfer",
                "--from",
                str(inputs.model),
                "--out",
                str(inputs.model),
                "--overwrite",
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + inputs.letters,
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1");
    }

    @Test
    void transferDoesNotWriteInsideItsSourceModel() {
        Path inside = inputs.model.resolve("transferred");
        inputs.refused(
                List.of(inputs.model),
                "--out",
                str(inside),
                inputs.model,
                "transfer",
                "--from",
                str(inputs.model),
                "--out",
                str(inside),
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + inputs.letters,
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1");
        assertFalse(Files.exists(inside));
    }

    @Test
    void transferDoesNotWriteIntoAFolderHoldingItsInputs() {
        inputs.refused(
                List.of(inputs.model, inputs.letters),
                "--out",
                str(inputs.dir),
                inputs.model,
                "transfer",
                "--from",
                str(inputs.model),
                "--out",
                str(inputs.dir),
                "--overwrite",
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + inputs.letters,
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1");
    }

    @Test
    void pretrainDoesNotWriteIntoItsDataset() {
        inputs.refused(
                List.of(inputs.letters),
                "--out",
                str(inputs.letters),
                inputs.letters,
                "pretrain",
                "--model",
                "simple-cnn",
                "--dataset",
                "letter-folders",
                "--option",
                "root=letters",
                "--out",
                str(inputs.letters),
                "--overwrite",
                "--epochs",
                "1");
    }

    @Test
    void pretrainDoesNotWriteOverTheDataRoot() throws IOException {
        inputs.dataRoot = Files.createDirectories(inputs.dir.resolve("data-root"));
        Files.writeString(inputs.dataRoot.resolve("keep.txt"), "data\n");
        inputs.refused(
                List.of(inputs.letters, inputs.dataRoot),
                "--out",
                str(inputs.dataRoot),
                inputs.dataRoot,
                "pretrain",
                "--model",
                "simple-cnn",
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + inputs.letters,
                "--out",
                str(inputs.dataRoot),
                "--overwrite",
                "--epochs",
                "1");
    }

    @Test
    void studyDoesNotWriteIntoItsSourceModel() {
        inputs.refused(
                List.of(inputs.model),
                "--out",
                str(inputs.model),
                inputs.model,
                "study",
                "data-efficiency",
                "--from",
                str(inputs.model),
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + inputs.letters,
                "--per-class",
                "4",
                "--seeds",
                "1",
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1",
                "--out",
                str(inputs.model));
    }
}
