package org.glyphtransfer.app;

import static org.glyphtransfer.app.CopiedInputs.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code predict} keeps its output apart from its inputs: {@code --save-preprocessed} is refused
 * when it is, contains or lies inside the image folder or the model folder, however the path is
 * spelled (dots, trailing slashes, symbolic links, file arguments), and a refused run leaves no
 * folder behind. Each refusal is checked by {@link CopiedInputs#refused}.
 */
class OutputsApartInPredictTest {
    private CopiedInputs inputs;

    @BeforeEach
    void copyInputs(@TempDir Path dir) throws IOException {
        inputs = new CopiedInputs(dir);
    }

    @Test
    void predictDoesNotSavePreprocessedImagesOverTheImageFolder() {
        inputs.refused(
                List.of(inputs.images),
                "--save-preprocessed",
                inputs.images.toString(),
                inputs.images,
                "predict",
                "--model",
                str(inputs.model),
                "--save-preprocessed",
                str(inputs.images),
                str(inputs.images));
    }

    @Test
    void predictSeesThroughDotsTrailingSlashesAndFileArguments() {
        String sneaky = inputs.dir + "/./images/../images";
        Path file = inputs.images.resolve("L_0.png");
        inputs.refused(
                List.of(inputs.images),
                "--save-preprocessed",
                sneaky,
                file,
                "predict",
                "--model",
                str(inputs.model),
                "--save-preprocessed",
                sneaky + "/",
                str(file));
    }

    @Test
    void predictSeesThroughSymbolicLinks() throws IOException {
        Path link = Files.createSymbolicLink(inputs.dir.resolve("link"), inputs.images);
        inputs.refused(
                List.of(inputs.images),
                "--save-preprocessed",
                str(link),
                inputs.images,
                "predict",
                "--model",
                str(inputs.model),
                "--save-preprocessed",
                str(link),
                str(inputs.images));
    }

    @Test
    void predictDoesNotSavePreprocessedImagesIntoTheModelFolder() {
        Path inside = inputs.model.resolve("preprocessed");
        inputs.refused(
                List.of(inputs.model),
                "--save-preprocessed",
                str(inside),
                inputs.model,
                "predict",
                "--model",
                str(inputs.model),
                "--save-preprocessed",
                str(inside),
                str(inputs.images));
        assertFalse(Files.exists(inside));
    }

    @Test
    void predictWithAMissingModelLeavesNoOutputFolderBehind() {
        Path out = inputs.dir.resolve("preprocessed");
        CliRun run = inputs.glyph(
                "predict",
                "--model",
                str(inputs.dir.resolve("no-such-model")),
                "--save-preprocessed",
                str(out),
                str(inputs.images));
        assertEquals(2, run.code, run.toString());
        assertFalse(Files.exists(out), "an empty " + out + " was left behind");
    }
}
