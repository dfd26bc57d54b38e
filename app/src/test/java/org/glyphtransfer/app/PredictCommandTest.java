package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glyph predict} in this JVM on letter models trained by the real pipeline. */
class PredictCommandTest {
    @TempDir
    Path temp;

    @Test
    void predictsAFolderScoresItByFolderNamesAndSavesWhatTheModelSaw() throws Exception {
        Path testing = LetterModels.syntheticData().resolve("Testing");
        Path seen = temp.resolve("seen");
        CliRun run = CliRun.of(
                "predict",
                "--model",
                LetterModels.synthetic().toString(),
                testing.toString(),
                "--expect-folder-labels",
                "--json",
                "--save-preprocessed",
                seen.toString());
        assertEquals(0, run.code, run.toString());
        JsonObject json = JsonParser.parseString(run.out).getAsJsonObject();
        List<JsonElement> predictions = json.getAsJsonArray("predictions").asList();
        assertEquals(4 * 8, predictions.size());
        int right = 0;
        for (JsonElement e : predictions) {
            JsonObject p = e.getAsJsonObject();
            Path file = Path.of(p.get("file").getAsString());
            assertEquals(
                    file.getParent().getFileName().toString(), p.get("expected").getAsString());
            assertEquals(3, p.getAsJsonArray("top").size());
            assertEquals(
                    p.get("predicted").getAsString(),
                    p.getAsJsonArray("top")
                            .get(0)
                            .getAsJsonObject()
                            .get("class")
                            .getAsString());
            right += p.get("predicted").getAsString().equals(p.get("expected").getAsString()) ? 1 : 0;
            Path saved = Path.of(p.get("preprocessed").getAsString());
            assertEquals(seen.resolve(testing.relativize(file)), saved);
            BufferedImage image = ImageIO.read(saved.toFile());
            assertEquals(28, image.getWidth());
            assertEquals(28, image.getHeight());
        }
        JsonObject accuracy = json.getAsJsonObject("accuracy");
        assertEquals(right, accuracy.get("right").getAsInt());
        assertEquals(32 - right, accuracy.get("wrong").getAsInt());
        assertEquals(right / 32.0, accuracy.get("accuracy").getAsDouble(), 1e-12);
        assertTrue(right >= 28, "generated letters are easy: " + right + " of 32");

        CliRun table = CliRun.of(
                "predict",
                "--model",
                LetterModels.synthetic().toString(),
                testing.resolve("T").toString(),
                "--top",
                "2",
                "--expect-folder-labels");
        assertEquals(0, table.code, table.toString());
        assertTrue(table.out.startsWith("FILE"), table.out);
        assertTrue(table.out.contains("TOP 2"), table.out);
        assertTrue(
                table.out.contains("accuracy ") && table.out.contains("on 8 images labelled by their folder"),
                table.out);
    }

    @Test
    void reportsEachUnreadableFileAndExitsTwoAfterTheOthers() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        Path good = Files.copy(
                Files.list(LetterModels.syntheticData().resolve("Testing").resolve("X"))
                        .sorted()
                        .findFirst()
                        .orElseThrow(),
                folder.resolve("x.png"));
        Path text = Files.writeString(folder.resolve("notes.png"), "not an image");
        Files.writeString(folder.resolve("README.txt"), "ignored: not an image name");
        Path missing = temp.resolve("missing.jpg");
        CliRun run = CliRun.of(
                "predict", "--model", LetterModels.synthetic().toString(), folder.toString(), missing.toString());
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
        assertTrue(run.out.contains(good.toString()), run.out);
        assertFalse(run.out.contains("README"), run.out);
        String[] errors =
                run.err.strip().lines().filter(l -> l.startsWith("glyph: ")).toArray(String[]::new);
        assertEquals(3, errors.length, run.err);
        assertTrue(
                errors[0].contains(text.toString()) && errors[0].contains("is not a PNG, JPEG, GIF or BMP image"),
                errors[0]);
        assertTrue(errors[1].contains(missing.toString()) && errors[1].contains("does not exist"), errors[1]);
        assertEquals("glyph: 2 of 3 input(s) could not be classified; the reasons are above.", errors[2]);
    }

    @Test
    void aMissingModelFolderIsOneSentence() {
        CliRun run = CliRun.of("predict", "--model", temp.resolve("none").toString(), temp.toString());
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        assertTrue(
                run.err
                        .strip()
                        .endsWith("does not exist; pass a folder written by 'glyph pretrain' or 'glyph transfer'."),
                run.err);
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
    }

    /** Predicting the real test photos file by file gives the accuracy the model folder recorded at training time. */
    @Test
    void predictOverTheRealTestFolderMatchesTheRecordedTestAccuracy() throws Exception {
        assumeTrue(
                LetterModels.realData().isPresent(),
                "GLYPH_DATA is not set (or lacks letters-scans): skipping predict on the real scans.");
        Path model = LetterModels.real().orElseThrow();
        Path testing = LetterModels.realData().get().resolve("Testing");
        CliRun run = CliRun.of(
                "predict", "--model", model.toString(), testing.toString(), "--expect-folder-labels", "--json");
        assertEquals(0, run.code, run.err);
        JsonObject accuracy = JsonParser.parseString(run.out).getAsJsonObject().getAsJsonObject("accuracy");
        int labelled = accuracy.get("right").getAsInt() + accuracy.get("wrong").getAsInt();
        double recorded = ModelFolder.readProvenance(model).metrics().get("testAccuracy");
        System.out.printf(
                "[predict] %s over %s: %.2f%% (%d of %d); recorded test accuracy %.2f%%%n",
                model.getFileName(),
                testing,
                100 * accuracy.get("accuracy").getAsDouble(),
                accuracy.get("right").getAsInt(),
                labelled,
                100 * recorded);
        assertEquals(522, labelled);
        assertEquals(0, accuracy.get("unlabelled").getAsInt());
        // Same preprocessing, same 8-bit inputs: at most a borderline image may flip with batch composition.
        assertEquals(recorded, accuracy.get("accuracy").getAsDouble(), 2.0 / labelled);
        assertTrue(recorded > 0.7, "a letters model worth serving: " + recorded);
    }
}
