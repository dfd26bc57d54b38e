package org.glyphtransfer.transfer.predict;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.ModelEvaluation;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.eval.ClassRestriction;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.RiskCoverage;
import org.glyphtransfer.transfer.testing.TestRuntimes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answering "unknown" below a confidence and only among a class subset, in prediction and evaluation. */
class AnswerPolicyTest {
    @TempDir
    static Path dir;

    static GlyphRuntime runtime;
    static Path modelDir;
    static List<float[]> inputs;
    static int[] labels;

    @BeforeAll
    static void trainShapes() {
        runtime = TestRuntimes.cpu(Path.of("."), 7);
        modelDir = dir.resolve("shapes");
        Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=4", "perClass=40"))
                .epochs(2)
                .batchSize(32)
                .saveTo(modelDir)
                .reports(Reports.NONE)
                .runtime(runtime)
                .run();
        try (NDManager manager = NDManager.newBaseManager(runtime.engine().device())) {
            DatasetProvider shapes = runtime.registry().dataset("test-shapes");
            GlyphDataset data = shapes.load(DatasetRequest.builder(
                            shapes.parseOptions(Map.of("from", "0", "to", "4", "perClass", "40")), manager)
                    .optSeed(13)
                    .build());
            float[] all = data.test().images().toFloatArray();
            inputs = new ArrayList<>();
            for (int i = 0; i < data.test().size(); i++) {
                inputs.add(java.util.Arrays.copyOfRange(all, i * 784, (i + 1) * 784));
            }
            labels = data.test().labels();
        }
    }

    private static List<Prediction> predict(AnswerPolicy policy) {
        try (Predictor p = Predictor.builder(modelDir)
                .optRuntime(runtime)
                .optAnswerPolicy(policy)
                .build()) {
            return p.predictInputs(inputs, 5);
        }
    }

    @Test
    void aClassSubsetIsRenormalisedAndTheOnlyThingAnswered() {
        List<Prediction> all = predict(AnswerPolicy.answerAlways());
        List<Prediction> bars = predict(AnswerPolicy.answerAlways().withClasses("|-/"));
        for (int i = 0; i < inputs.size(); i++) {
            float[] p = all.get(i).probabilities();
            float[] r = bars.get(i).probabilities();
            double pair = p[1] + p[2];
            assertEquals(p[1] / pair, r[1], 1e-5, "renormalised, sample " + i);
            assertEquals(p[2] / pair, r[2], 1e-5, "renormalised, sample " + i);
            assertEquals(0, r[0] + r[3] + r[4], 0, "other classes get nothing");
            assertEquals(2, bars.get(i).top().size(), "top lists only the allowed classes");
            assertTrue(
                    List.of("|", "/").contains(bars.get(i).answer()),
                    bars.get(i).answer());
        }
        // Further restriction of a restricted prediction keeps only what both allow.
        Prediction narrowed = bars.get(0).answering(AnswerPolicy.answerAlways().withClasses("/,+"), "in test");
        assertEquals("/", narrowed.answer());
        assertEquals(1f, narrowed.probability(2), 1e-6f);
    }

    @Test
    void belowTheMinimumConfidenceTheAnswerIsUnknown() {
        List<Prediction> all = predict(AnswerPolicy.answerAlways());
        // The median confidence as the threshold: about half the answers fall below it, whatever the model learnt.
        double[] best =
                all.stream().mapToDouble(p -> p.best().probability()).sorted().toArray();
        double threshold = best[best.length / 2];
        List<Prediction> strict = predict(AnswerPolicy.answerAlways().withMinConfidence(threshold));
        int unknown = 0;
        for (int i = 0; i < inputs.size(); i++) {
            boolean low = all.get(i).best().probability() < threshold;
            assertEquals(low, strict.get(i).unknown(), "sample " + i);
            assertEquals(
                    low ? AnswerPolicy.UNKNOWN : all.get(i).best().name(),
                    strict.get(i).answer());
            assertArrayEquals(all.get(i).probabilities(), strict.get(i).probabilities(), 0f);
            unknown += low ? 1 : 0;
        }
        assertTrue(unknown > 0 && unknown < inputs.size(), unknown + " of " + inputs.size() + " unknown");
    }

    @Test
    void aClassTheModelDoesNotHaveIsRefusedBeforeLoading() {
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> Predictor.builder(modelDir)
                        .optRuntime(runtime)
                        .optAnswerPolicy(AnswerPolicy.answerAlways().withClasses("|,Q"))
                        .build());
        assertTrue(e.getMessage().contains("names the class 'Q', which does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("in " + modelDir), e.getMessage());
        assertThrows(GlyphException.class, () -> AnswerPolicy.answerAlways().withMinConfidence(1.5));
    }

    @Test
    void evaluationUnderAPolicyLeavesOtherClassesOutAndCountsTheAnswered() {
        Evaluation all = ModelEvaluation.of(modelDir).runtime(runtime).run();
        Evaluation bars = ModelEvaluation.of(modelDir)
                .answering(AnswerPolicy.answerAlways().withClasses("|,/").withMinConfidence(0.8))
                .runtime(runtime)
                .run();
        assertEquals(List.of("|", "/"), bars.classNames());
        int[] counts = new int[5];
        for (int label : all.labels()) {
            counts[label]++;
        }
        assertEquals(counts[1] + counts[2], bars.samples());
        RiskCoverage answered = bars.abstention().orElseThrow();
        assertEquals(bars.riskCoverage().get(0).answered(), bars.samples(), "threshold 0 answers everything");
        RiskCoverage expected = RiskCoverage.at(0.8, bars.confidences(), correct(bars));
        assertEquals(expected, answered);
        assertTrue(answered.coverage() <= 1 && answered.answered() <= bars.samples());
        for (int t = 1; t < bars.riskCoverage().size(); t++) {
            assertTrue(bars.riskCoverage().get(t).answered()
                    <= bars.riskCoverage().get(t - 1).answered());
        }
    }

    private static boolean[] correct(Evaluation e) {
        boolean[] c = new boolean[e.samples()];
        for (int i = 0; i < c.length; i++) {
            c[i] = e.predictions()[i] == e.labels()[i];
        }
        return c;
    }

    @Test
    void restrictionRenumbersLabelsAndDropsSamplesOfOtherClasses() {
        float[] p = {0.5f, 0.3f, 0.2f, 0.1f, 0.1f, 0.8f};
        ClassRestriction r =
                ClassRestriction.of(p, new int[] {1, 0}, List.of("a", "b", "c"), new boolean[] {false, true, true});
        assertEquals(List.of("b", "c"), r.classNames());
        assertArrayEquals(new int[] {0}, r.kept());
        assertArrayEquals(new int[] {0}, r.labels());
        assertArrayEquals(new float[] {0.6f, 0.4f}, r.probabilities(), 1e-6f);
    }
}
