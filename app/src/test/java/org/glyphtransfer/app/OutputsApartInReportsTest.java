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
 * The commands that write one report or file keep it apart from their inputs: {@code evaluate} does
 * not replace the model's training report, {@code bench} does not write its results over the peer
 * script, and {@code dataset preview} does not write its contact sheet inside the dataset. Each
 * refusal is checked by {@link CopiedInputs#refused}.
 */
class OutputsApartInReportsTest {
    private CopiedInputs inputs;

    @BeforeEach
    void copyInputs(@TempDir Path dir) throws IOException {
        inputs = new CopiedInputs(dir);
    }

    @Test
    void evaluateDoesNotReplaceTheModelsTrainingReport() throws IOException {
        Files.writeString(inputs.model.resolve("report.json"), "{\"phases\": [\"head\", \"fine-tune\"]}\n");
        Files.writeString(inputs.model.resolve("report.md"), "| phase | epochs |\n|---|---|\n| head | 50 |\n");
        inputs.refused(
                List.of(inputs.model),
                "--out",
                str(inputs.model),
                inputs.model,
                "evaluate",
                "--model",
                str(inputs.model),
                "--out",
                str(inputs.model));
    }

    @Test
    void benchDoesNotWriteItsResultsOverThePeerScript() throws IOException {
        Path script = Files.writeString(inputs.dir.resolve("peer.py"), "print('peer')\n");
        inputs.refused(
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
                str(inputs.dir.resolve("scratch")));
    }

    @Test
    void datasetPreviewDoesNotWriteInsideTheDataset() {
        Path sheet = inputs.letters.resolve("Training/sheet.png");
        inputs.refused(
                List.of(inputs.letters),
                "--out",
                str(sheet),
                inputs.letters,
                "dataset",
                "preview",
                "letter-folders",
                "--option",
                "root=letters",
                "--out",
                str(sheet));
        assertFalse(Files.exists(sheet));
    }
}
