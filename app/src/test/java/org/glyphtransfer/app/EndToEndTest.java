package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glyphtransfer.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pretrain → transfer → evaluate through the command line on subsets of the real data, and the
 * same pretrained model transferred to other targets by changing options only.
 */
class EndToEndTest {
    @TempDir
    static Path dir;

    static Path data;
    static Path pretrained;

    static String[] glyph(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlyphMain.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, "glyph " + String.join(" ", args) + "\n" + err);
        return new String[] {out.toString(), err.toString()};
    }

    static double accuracy(Path modelDir) throws IOException {
        JsonObject report = JsonParser.parseString(Files.readString(modelDir.resolve("report.json")))
                .getAsJsonObject();
        return report.getAsJsonObject("run")
                .getAsJsonObject("evaluation")
                .get("accuracy")
                .getAsDouble();
    }

    @BeforeAll
    static void pretrain() {
        data = RealData.root("these tests train on the real data");
        pretrained = dir.resolve("mnist");
        glyph(
                "pretrain",
                "--model",
                "simple-cnn",
                "--dataset",
                "mnist",
                "--option",
                "perClass=300",
                "--epochs",
                "2",
                "--out",
                pretrained.toString(),
                "--device",
                "cpu",
                "--quiet");
    }

    @Test
    void pretrainTransferEvaluate() throws IOException {
        assertTrue(
                accuracy(pretrained) > 0.6,
                "MNIST test accuracy after 2 epochs on 3,000 digits (47 steps; chance 0.1): " + accuracy(pretrained));
        Path letters = dir.resolve("letters");
        String summary = glyph(
                "transfer",
                "--from",
                pretrained.toString(),
                "--dataset",
                "letter-folders",
                "--option",
                "root=letters-scans",
                "--option",
                "perClass=20",
                "--head-epochs",
                "3",
                "--fine-epochs",
                "3",
                "--fine-lr",
                "0.001",
                "--baseline",
                "scratch",
                "--out",
                letters.toString(),
                "--device",
                "cpu",
                "--quiet")[0];
        assertTrue(summary.contains("transfer − scratch"), summary);
        double transferred = accuracy(letters);
        assertTrue(transferred > 0.2, "26 letters, chance 0.04: " + transferred);
        String evaluated = glyph("evaluate", "--model", letters.toString(), "--json", "--device", "cpu", "--quiet")[0];
        JsonObject e = JsonParser.parseString(evaluated).getAsJsonObject();
        assertEquals(522, e.get("samples").getAsInt());
        assertEquals(
                transferred,
                e.get("accuracy").getAsDouble(),
                1e-9,
                "evaluate must reproduce the report's test accuracy");
        CliRun unknown = CliRun.of("evaluate", "--model", letters.toString(), "--option", "rot=elsewhere", "--quiet");
        assertEquals(GlyphMain.USER_ERROR, unknown.code, "an option without --dataset is checked, not ignored");
        assertTrue(unknown.err.contains("rot"), unknown.err);
        for (String f : List.of("report.md", "confusion.png", "curves.png", "misclassified.png")) {
            assertTrue(Files.size(letters.resolve(f)) > 1000, f);
        }
    }

    @Test
    void sameModelToAzCsvSubset() throws IOException {
        Path out = dir.resolve("az");
        glyph(
                "transfer",
                "--from",
                pretrained.toString(),
                "--dataset",
                "az-csv",
                "--option",
                "letters=A-E",
                "--head-epochs",
                "2",
                "--fine-epochs",
                "2",
                "--out",
                out.toString(),
                "--device",
                "cpu",
                "--quiet");
        JsonObject run = JsonParser.parseString(Files.readString(out.resolve("report.json")))
                .getAsJsonObject()
                .getAsJsonObject("run");
        assertEquals(
                List.of("A", "B", "C", "D", "E"),
                List.of(run.getAsJsonArray("classes").asList().stream()
                        .map(x -> x.getAsString())
                        .toArray(String[]::new)));
        assertTrue(accuracy(out) > 0.4, "5 letters, chance 0.2: " + accuracy(out));
    }

    @Test
    void sameModelToOneVersusRest() throws IOException {
        Path root = data.resolve("letters-scans");
        Path fixture = dir.resolve("a-vs-rest");
        for (String split : List.of("Training", "Testing")) {
            copy(root.resolve(split).resolve("A"), fixture.resolve(split).resolve("A"), 1000);
            for (String other : List.of("B", "C", "D", "E", "H", "K", "M", "N", "R", "X")) {
                copy(
                        root.resolve(split).resolve(other),
                        fixture.resolve(split).resolve("NotA"),
                        split.equals("Training") ? 8 : 2);
            }
        }
        Path out = dir.resolve("binary");
        glyph(
                "transfer",
                "--from",
                pretrained.toString(),
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + fixture,
                "--option",
                "binary=A",
                "--head-epochs",
                "2",
                "--fine-epochs",
                "3",
                "--fine-lr",
                "0.001",
                "--out",
                out.toString(),
                "--device",
                "cpu",
                "--quiet");
        JsonObject run = JsonParser.parseString(Files.readString(out.resolve("report.json")))
                .getAsJsonObject()
                .getAsJsonObject("run");
        assertEquals("[\"A\",\"NotA\"]", run.getAsJsonArray("classes").toString());
        assertTrue(accuracy(out) > 0.6, "A vs. rest: " + accuracy(out));
    }

    private static void copy(Path from, Path to, int max) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.sorted().limit(max).toList()) {
                Files.copy(f, to.resolve(from.getFileName() + "-" + f.getFileName()));
            }
        }
    }
}
