package org.glyphtransfer.app;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --min-confidence}, {@code --classes} and {@code glyph cascade} on letter models trained by the pipeline. */
class AnswerAndCascadeCommandsTest {
    @TempDir
    Path temp;

    private static List<JsonObject> predictions(CliRun run) {
        return JsonParser.parseString(run.out).getAsJsonObject().getAsJsonArray("predictions").asList().stream()
                .map(JsonElement::getAsJsonObject)
                .toList();
    }

    @Test
    void predictAnswersUnknownBelowTheMinimumConfidenceAndOnlyAmongTheClassesAsked() {
        String modelDir = LetterModels.synthetic().toString();
        String testing = LetterModels.syntheticData().resolve("Testing").toString();
        List<JsonObject> all = predictions(CliRun.of("predict", "--model", modelDir, testing, "--json"));
        double[] best = all.stream()
                // The model's probabilities are floats: compared as the command compares them.
                .mapToDouble(p -> p.get("probability").getAsFloat())
                .sorted()
                .toArray();
        String median = String.valueOf(best[best.length / 2]);
        CliRun strict = CliRun.of("predict", "--model", modelDir, testing, "--json", "--min-confidence", median);
        assertEquals(0, strict.code, strict.toString());
        long unknown = predictions(strict).stream()
                .filter(p -> p.get("predicted").getAsString().equals("unknown"))
                .count();
        assertEquals(
                Arrays.stream(best).filter(b -> b < Double.parseDouble(median)).count(), unknown, strict.out);
        assertTrue(unknown > 0, strict.out);

        CliRun table = CliRun.of("predict", "--model", modelDir, testing, "--min-confidence", median);
        assertTrue(table.out.contains(unknown + " of 32 images answered unknown"), table.out);

        CliRun two = CliRun.of("predict", "--model", modelDir, testing, "--json", "--classes", "I,L");
        assertEquals(0, two.code, two.toString());
        for (JsonObject p : predictions(two)) {
            assertTrue(List.of("I", "L").contains(p.get("predicted").getAsString()), p.toString());
            assertEquals(2, p.getAsJsonArray("top").size(), p.toString());
        }
    }

    @Test
    void classesTheModelLacksAndImpossibleConfidencesAreOneSentenceErrors() {
        String modelDir = LetterModels.synthetic().toString();
        String testing = LetterModels.syntheticData().resolve("Testing").toString();
        CliRun wrongClass = CliRun.of("predict", "--model", modelDir, testing, "--classes", "I,Q");
        assertEquals(2, wrongClass.code, wrongClass.toString());
        assertTrue(wrongClass.err.contains("names the class 'Q', which does not exist"), wrongClass.err);
        assertTrue(wrongClass.err.contains("available classes: I, L, T, X"), wrongClass.err);
        assertFalse(CliRun.hasStackTrace(wrongClass.err), wrongClass.err);
        assertEquals(1, wrongClass.err.strip().lines().count(), wrongClass.err);

        CliRun evaluate = CliRun.of("evaluate", "--model", modelDir, "--classes", "a-b-c");
        assertEquals(2, evaluate.code, evaluate.toString());

        CliRun impossible = CliRun.of("predict", "--model", modelDir, testing, "--min-confidence", "1.5");
        assertEquals(2, impossible.code, impossible.toString());
        assertTrue(impossible.err.contains("--min-confidence 1.5 must be a probability from 0 to 1"), impossible.err);
    }

    @Test
    void aSpecialistAttachedWithGlyphCascadeShowsInEvaluate() throws Exception {
        Path specialist = temp.resolve("i-vs-l");
        Pretraining.of(model("simple-cnn"))
                .on(dataset(
                        "letter-folders", "root=" + LetterModels.syntheticData().toAbsolutePath(), "classes=I,L"))
                .epochs(2)
                .batchSize(16)
                .saveTo(specialist)
                .reports(Reports.NONE)
                .runtime(LetterModels.runtime(temp))
                .run();
        Path out = temp.resolve("with-cascade");
        String main = LetterModels.synthetic().toString();

        CliRun missing = CliRun.of(
                "cascade",
                "--model",
                main,
                "--specialist",
                temp.resolve("nowhere").toString(),
                "--out",
                out.toString());
        assertEquals(2, missing.code, missing.toString());
        assertTrue(
                missing.err.contains("Specialist folder " + temp.resolve("nowhere") + " does not exist"), missing.err);
        assertFalse(Files.exists(out));

        CliRun attach =
                CliRun.of("cascade", "--model", main, "--specialist", specialist.toString(), "--out", out.toString());
        assertEquals(0, attach.code, attach.toString());
        assertTrue(attach.out.contains("specialist specialists/1 decides among I, L"), attach.out);

        Path onnx = temp.resolve("with-cascade.onnx");
        CliRun export = CliRun.of("export", "--model", out.toString(), "--out", onnx.toString());
        assertEquals(2, export.code, export.toString());
        assertTrue(export.err.contains("holds a cascade"), export.err);
        assertFalse(Files.exists(onnx));

        CliRun again =
                CliRun.of("cascade", "--model", main, "--specialist", specialist.toString(), "--out", out.toString());
        assertEquals(2, again.code, again.toString());
        assertTrue(again.err.contains("--overwrite"), again.err);

        Path report = temp.resolve("report");
        CliRun evaluate = CliRun.of(
                "evaluate",
                "--model",
                out.toString(),
                "--dataset",
                "letter-folders",
                "--option",
                "root=" + LetterModels.syntheticData().toAbsolutePath(),
                "--min-confidence",
                "0.5",
                "--out",
                report.toString());
        assertEquals(0, evaluate.code, evaluate.toString());
        assertTrue(evaluate.out.contains("cascade: accuracy "), evaluate.out);
        assertTrue(evaluate.out.contains("cascade on I, L (16 samples): "), evaluate.out);
        assertTrue(evaluate.out.contains("min confidence 0.5: "), evaluate.out);
        String md = Files.readString(report.resolve("report.md"));
        assertTrue(md.contains("## Cascade") && md.contains("## Risk–coverage"), md);
    }
}
