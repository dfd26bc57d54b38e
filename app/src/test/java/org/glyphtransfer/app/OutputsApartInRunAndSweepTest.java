package org.glyphtransfer.app;

import static org.glyphtransfer.app.CopiedInputs.str;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiment and sweep files keep their outputs apart from their inputs: {@code run} does not
 * replace the model it transfers from or write into the folder of its experiment file, and {@code
 * sweep} does not write into the folder of its sweep file. Each refusal is checked by {@link
 * CopiedInputs#refused}.
 */
class OutputsApartInRunAndSweepTest {
    private CopiedInputs inputs;

    @BeforeEach
    void copyInputs(@TempDir Path dir) throws IOException {
        inputs = new CopiedInputs(dir);
    }

    @Test
    void runDoesNotReplaceTheModelItTransfersFrom() throws IOException {
        Path experiment = experiment("transfer.out: " + inputs.model);
        inputs.refused(
                List.of(inputs.model, experiment),
                "'transfer.out'",
                str(inputs.model),
                inputs.model,
                "run",
                str(experiment));
    }

    @Test
    void runDoesNotWriteIntoTheFolderOfItsExperimentFile() throws IOException {
        Path experiment = experiment("out: " + inputs.dir);
        inputs.refused(
                List.of(inputs.model, experiment),
                "'out'",
                str(inputs.dir),
                experiment,
                "run",
                str(experiment),
                "--overwrite");
    }

    @Test
    void sweepDoesNotWriteIntoTheFolderOfItsSweepFile() throws IOException {
        Path experiment = experiment("out: " + inputs.dir.resolve("runs"));
        Path sweep = inputs.dir.resolve("sweep.yaml");
        Files.writeString(sweep, "base: experiment.yaml\nout: " + inputs.dir + "\ngrid:\n  transfer.lr: [0.001]\n");
        inputs.refused(List.of(inputs.model, experiment, sweep), "'out'", str(inputs.dir), sweep, "sweep", str(sweep));
    }

    /** An experiment that transfers {@link CopiedInputs#model} to {@link CopiedInputs#letters} for one epoch per phase. */
    private Path experiment(String outLine) throws IOException {
        return Files.writeString(
                inputs.dir.resolve("experiment.yaml"),
                String.join(
                        "\n",
                        outLine,
                        "transfer:",
                        "  from: " + inputs.model,
                        "  dataset: letter-folders",
                        "  option:",
                        "    root: " + inputs.letters,
                        "  head-epochs: 1",
                        "  fine-epochs: 1",
                        ""));
    }
}
