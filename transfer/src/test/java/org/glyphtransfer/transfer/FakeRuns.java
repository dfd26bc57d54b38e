package org.glyphtransfer.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.Evaluator;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.train.EpochStats;
import org.glyphtransfer.transfer.train.PhaseOutcome;
import org.glyphtransfer.transfer.train.PhaseResult;

/** Run results made up for tests of code that only reads them (no training). */
public final class FakeRuns {
    private static final List<String> CLASSES = List.of("a", "b");

    private FakeRuns() {}

    /**
     * @param head test accuracy after the first phase, in hundredths
     * @param last final test accuracy, in hundredths
     * @param scratch the baseline's test accuracy in hundredths, or null for no baseline
     * @param trainImages training images (over two classes)
     * @return a transfer result with two phases of one second each
     */
    public static RunResult transfer(int head, int last, Integer scratch, int trainImages) {
        TrainedModel model = model(List.of(head, last), trainImages);
        return new RunResult(model, scratch == null ? null : model(List.of(scratch), trainImages), null);
    }

    /**
     * @return a model whose training diverged: every loss is NaN, its outputs too, so the test loss is NaN
     */
    public static TrainedModel diverged() {
        EpochStats epoch = new EpochStats(
                "pretrain",
                1,
                new EpochStats.Scores(Double.NaN, 0.5),
                new EpochStats.Scores(Double.NaN, 0.5),
                0.1,
                new EpochStats.Timing(1, Double.POSITIVE_INFINITY));
        PhaseOutcome phase = new PhaseOutcome(
                new PhaseResult(Phase.full(), List.of(epoch), 1, false, new PhaseResult.ParameterCounts(10, 0), 1.0),
                0.5);
        float[] probabilities = new float[200];
        java.util.Arrays.fill(probabilities, Float.NaN);
        Evaluation e = Evaluator.fromProbabilities("test", probabilities, new int[100], CLASSES, 0.01);
        Map<String, Double> metrics = new java.util.LinkedHashMap<>();
        metrics.put("testAccuracy", e.accuracy());
        metrics.put("testLoss", Double.NaN);
        Provenance p = Provenance.builder()
                .architecture("fake", Map.of())
                .classes(CLASSES, new long[] {1, 28, 28})
                .dataset("fake", Map.of(), Map.of("train", 2, "test", 100))
                .training(new org.glyphtransfer.transfer.store.TrainingRecord(List.of(Phase.full()), "cpu", 1))
                .metrics(metrics)
                .build();
        return new TrainedModel("diverged", List.of(phase), e, p, null);
    }

    private static TrainedModel model(List<Integer> accuracies, int trainImages) {
        List<PhaseOutcome> phases = new ArrayList<>();
        for (int a : accuracies) {
            phases.add(new PhaseOutcome(
                    new PhaseResult(Phase.full(), List.of(), 1, false, new PhaseResult.ParameterCounts(10, 0), 1.0),
                    a / 100.0));
        }
        Provenance p = Provenance.builder()
                .architecture("fake", Map.of())
                .classes(CLASSES, new long[] {1, 28, 28})
                .dataset("fake", Map.of(), Map.of("train", trainImages, "test", 100))
                .build();
        return new TrainedModel("fake", phases, evaluation(accuracies.get(accuracies.size() - 1)), p, null);
    }

    /** 100 test images, the first {@code correct} of them right. */
    private static Evaluation evaluation(int correct) {
        float[] probabilities = new float[200];
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            probabilities[2 * i] = i < correct ? 0.9f : 0.1f;
            probabilities[2 * i + 1] = 1 - probabilities[2 * i];
        }
        return Evaluator.fromProbabilities("test", probabilities, labels, CLASSES, 0.01);
    }
}
