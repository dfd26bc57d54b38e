package org.glyphtransfer.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glyphtransfer.app.GlyphMain;
import org.glyphtransfer.spark.predict.GlyphImages;
import org.glyphtransfer.spark.predict.ShapesModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glyph spark predict} through the real command line, found on the class path, on local[2]. */
class SparkPredictCommandTest {
    @TempDir
    static Path dir;

    static Path model;
    static Path images;

    @BeforeAll
    static void prepare() {
        model = ShapesModel.folder();
        images = GlyphImages.folder(dir.resolve("scans"), 30, 3);
    }

    record Run(int code, String out, String err) {}

    private static Run glyph(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--device", "cpu", "spark", "predict"));
        all.addAll(List.of(args));
        int code = GlyphMain.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertUserError(Run run, String... words) {
        assertEquals(2, run.code(), run.err());
        String line = run.err().strip();
        assertEquals(1, line.lines().count(), "one sentence, no trace: " + line);
        for (String w : words) {
            assertTrue(line.contains(w), line);
        }
    }

    @Test
    void writesOneCsvRowPerImageAndRefusesToOverwriteIt() throws Exception {
        Path out = dir.resolve("csv-out");
        Run run = glyph(
                "--master",
                "local[2]",
                "--model",
                model.toString(),
                "--input",
                images.toString(),
                "--out",
                out.toString(),
                "--format",
                "csv",
                "--top",
                "2");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("30 images, 30 rows (0 with an error)"), run.out());
        long rows;
        try (Stream<Path> parts = Files.list(out)) {
            rows = parts.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .mapToLong(p -> {
                        try {
                            return Files.readAllLines(p).size() - 1;
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
        assertEquals(30, rows);
        assertUserError(
                glyph("--model", model.toString(), "--input", images.toString(), "--out", out.toString()),
                out.toString(),
                "--overwrite");
    }

    @Test
    void aMissingModelFolderIsNamed() {
        Path missing = dir.resolve("no-such-model");
        assertUserError(
                glyph(
                        "--model",
                        missing.toString(),
                        "--input",
                        images.toString(),
                        "--out",
                        dir.resolve("o1").toString()),
                missing.toString());
    }

    @Test
    void anUnreachableMasterFailsWithinSeconds() {
        long start = System.nanoTime();
        Run run = glyph(
                "--master",
                "spark://127.0.0.1:1",
                "--model",
                model.toString(),
                "--input",
                images.toString(),
                "--out",
                dir.resolve("o2").toString());
        assertUserError(run, "spark://127.0.0.1:1", "cannot be reached");
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "failed fast");
        assertUserError(
                glyph(
                        "--master",
                        "mesos://x",
                        "--model",
                        model.toString(),
                        "--input",
                        images.toString(),
                        "--out",
                        dir.resolve("o3").toString()),
                "--master 'mesos://x'");
    }

    @Test
    void anInputWithoutImagesIsRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "no images here");
        assertUserError(
                glyph(
                        "--master",
                        "local[2]",
                        "--model",
                        model.toString(),
                        "--input",
                        empty.toString(),
                        "--out",
                        dir.resolve("o4").toString()),
                empty.toString(),
                "holds no PNG");
        assertUserError(
                glyph(
                        "--model",
                        model.toString(),
                        "--input",
                        dir.resolve("nowhere").toString(),
                        "--out",
                        dir.resolve("o5").toString()),
                "does not exist");
    }

    @Test
    void anAnswerPolicyTheModelCannotFollowIsRefusedAsByGlyphPredict() {
        assertUserError(
                glyph(
                        "--model",
                        model.toString(),
                        "--input",
                        images.toString(),
                        "--out",
                        dir.resolve("o6").toString(),
                        "--classes",
                        "I,Q"),
                "'Q'",
                "does not exist");
        assertUserError(
                glyph(
                        "--model",
                        model.toString(),
                        "--input",
                        images.toString(),
                        "--out",
                        dir.resolve("o7").toString(),
                        "--min-confidence",
                        "1.5"),
                "--min-confidence 1.5");
        assertTrue(Files.notExists(dir.resolve("o6")) && Files.notExists(dir.resolve("o7")));
    }
}
