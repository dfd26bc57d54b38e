package org.glyphtransfer.transfer.cascade;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.ModelEvaluation;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.eval.CascadeEffect;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.glyphtransfer.transfer.store.CascadeFolders;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.testing.TestRuntimes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A five-shape model with a specialist for two of its shapes ('|' and '/'), trained on generated
 * strokes: the specialist decides among its classes in prediction and evaluation, the report shows
 * the difference, and specialists that do not fit are refused.
 */
class CascadeTest {
    @TempDir
    static Path dir;

    static GlyphRuntime runtime;
    static Path main;
    static Path specialist;
    static Path cascaded;

    private static Path train(String name, int epochs, String... options) {
        Path out = dir.resolve(name);
        Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", options))
                .epochs(epochs)
                .batchSize(32)
                .saveTo(out)
                .reports(Reports.NONE)
                .runtime(runtime)
                .run();
        return out;
    }

    @BeforeAll
    static void trainMainAndSpecialist() {
        runtime = TestRuntimes.cpu(Path.of("."), 5);
        main = train("main", 2, "from=0", "to=4", "perClass=40");
        specialist = train("bars", 4, "from=1", "to=2", "perClass=60");
        cascaded = dir.resolve("cascaded");
        CascadeFolders.attach(main, List.of(specialist), cascaded);
    }

    private static float[][] testInputs() {
        try (NDManager manager = NDManager.newBaseManager(runtime.engine().device())) {
            DatasetProvider shapes = runtime.registry().dataset("test-shapes");
            GlyphDataset data = shapes.load(DatasetRequest.builder(
                            shapes.parseOptions(Map.of("from", "0", "to", "4", "perClass", "60")), manager)
                    .optSeed(11)
                    .build());
            float[] all = data.test().images().toFloatArray();
            float[][] rows = new float[data.test().size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = java.util.Arrays.copyOfRange(all, i * 784, (i + 1) * 784);
            }
            return rows;
        }
    }

    @Test
    void theSpecialistSharesOutItsClassesProbabilityWheneverTheMainModelPicksOne() {
        List<float[]> inputs = List.of(testInputs());
        List<Prediction> alone;
        List<Prediction> withCascade;
        List<Prediction> bySpecialist;
        try (Predictor p = Predictor.builder(cascaded)
                        .optRuntime(runtime)
                        .optCascade(false)
                        .build();
                Predictor c = Predictor.builder(cascaded).optRuntime(runtime).build();
                Predictor s = Predictor.builder(specialist).optRuntime(runtime).build()) {
            alone = p.predictInputs(inputs, 5);
            withCascade = c.predictInputs(inputs, 5);
            bySpecialist = s.predictInputs(inputs, 2);
        }
        assertEquals(List.of("|", "/"), bySpecialist.get(0).classNames());
        int routed = 0;
        for (int i = 0; i < inputs.size(); i++) {
            float[] pm = alone.get(i).probabilities();
            float[] pc = withCascade.get(i).probabilities();
            int best = alone.get(i).best().index();
            if (best == 1 || best == 2) {
                routed++;
                assertEquals(pm[1] + pm[2], pc[1] + pc[2], 1e-5, "the pair keeps its share, sample " + i);
                assertEquals(
                        bySpecialist.get(i).probability(0), pc[1] / (pc[1] + pc[2]), 1e-4, "specialist's split " + i);
            } else {
                assertEquals(java.util.Arrays.toString(pm), java.util.Arrays.toString(pc), "not routed, sample " + i);
            }
        }
        assertTrue(routed > 0 && routed < inputs.size(), routed + " of " + inputs.size() + " routed");
    }

    @Test
    void theReportShowsAccuracyWithAndWithoutTheCascade() throws IOException {
        Path report = dir.resolve("report");
        Evaluation with =
                ModelEvaluation.of(cascaded).reportTo(report).runtime(runtime).run();
        Evaluation without =
                ModelEvaluation.of(cascaded).cascade(false).runtime(runtime).run();
        Evaluation mainAlone = ModelEvaluation.of(main).runtime(runtime).run();
        assertTrue(without.cascade().isEmpty());
        assertEquals(mainAlone.accuracy(), without.accuracy(), 0);
        CascadeEffect effect = with.cascade().orElseThrow();
        assertEquals(without.accuracy(), effect.accuracyWithout(), 0);
        assertEquals(with.accuracy(), effect.accuracyWith(), 0);
        int samples = with.samples();
        assertEquals(with.accuracy() - without.accuracy(), (effect.fixed() - effect.broken()) / (double) samples, 1e-9);
        assertEquals(List.of("|", "/"), effect.subsets().get(0).classes());
        String md = Files.readString(report.resolve("report.md"));
        assertTrue(md.contains("## Cascade"), md);
        assertTrue(md.contains("| of |, / ("), md);
        assertTrue(md.contains("## Risk–coverage"), md);
        assertTrue(Files.size(report.resolve("risk-coverage.png")) > 1000);
        String json = Files.readString(report.resolve("report.json"));
        assertTrue(json.contains("\"accuracyWithout\"") && json.contains("\"riskCoverage\""), json);
    }

    @Test
    void attachingRefusesSpecialistsThatDoNotFitAndWritesNothing() {
        Path out = dir.resolve("refused");
        Path foreign = train("foreign", 1, "from=5", "to=6", "perClass=8");
        Path larger = train("larger", 1, "from=1", "to=2", "perClass=8", "size=32");
        GlyphException missing = assertThrows(
                GlyphException.class, () -> CascadeFolders.attach(main, List.of(dir.resolve("nowhere")), out));
        assertTrue(missing.getMessage().startsWith("Specialist folder " + dir.resolve("nowhere") + " does not exist"));
        GlyphException notOurs =
                assertThrows(GlyphException.class, () -> CascadeFolders.attach(main, List.of(foreign), out));
        assertTrue(
                notOurs.getMessage()
                        .contains("predicts the classes 'x', 'box', which model " + main + " does not have"),
                notOurs.getMessage());
        GlyphException shape =
                assertThrows(GlyphException.class, () -> CascadeFolders.attach(main, List.of(larger), out));
        assertTrue(shape.getMessage().contains("takes inputs of shape (1, 32, 32) but model"), shape.getMessage());
        GlyphException twice =
                assertThrows(GlyphException.class, () -> CascadeFolders.attach(cascaded, List.of(specialist), out));
        assertTrue(twice.getMessage().contains("both decide the class '|'"), twice.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void modelJsonCascadeIsCheckedBeforeAnythingLoads() throws IOException {
        GlyphException foreignClass = assertThrows(
                GlyphException.class,
                () -> edited("foreign-class", o -> {
                    JsonArray classes = new JsonArray();
                    classes.add("|");
                    classes.add("Q");
                    o.getAsJsonArray("cascade").get(0).getAsJsonObject().add("classes", classes);
                }));
        assertTrue(
                foreignClass
                        .getMessage()
                        .contains(
                                "'cascade[0].classes[1]' names the class 'Q', which is not a" + " class of this model"),
                foreignClass.getMessage());
        GlyphException outside = assertThrows(
                GlyphException.class,
                () -> edited(
                        "outside",
                        o -> o.getAsJsonArray("cascade")
                                .get(0)
                                .getAsJsonObject()
                                .addProperty("folder", "../bars")));
        assertTrue(
                outside.getMessage()
                        .contains("'cascade[0].folder' must be a relative path inside the model" + " folder"),
                outside.getMessage());
        Path gone = copy(cascaded, dir.resolve("gone"));
        deleteTree(gone.resolve(CascadeFolders.SPECIALISTS));
        GlyphException missing = assertThrows(
                GlyphException.class,
                () -> Predictor.builder(gone).optRuntime(runtime).build().close());
        assertTrue(
                missing.getMessage()
                        .startsWith("Specialist folder " + gone.resolve("specialists/1") + " does not exist"),
                missing.getMessage());
    }

    private static void edited(String name, java.util.function.Consumer<JsonObject> edit) throws IOException {
        Path copy = copy(cascaded, dir.resolve(name));
        Path json = copy.resolve(ModelFolder.MODEL_JSON);
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        edit.accept(o);
        Files.writeString(json, o.toString());
        ModelFolder.readProvenance(copy);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
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

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(all.toList());
            java.util.Collections.reverse(paths);
            for (Path p : paths) {
                Files.delete(p);
            }
        }
    }
}
