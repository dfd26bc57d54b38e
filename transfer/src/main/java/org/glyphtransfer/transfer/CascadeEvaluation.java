package org.glyphtransfer.transfer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.transfer.cascade.Cascade;
import org.glyphtransfer.transfer.eval.CascadeEffect;
import org.glyphtransfer.transfer.eval.ClassRestriction;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.Evaluator;
import org.glyphtransfer.transfer.predict.AnswerPolicy;
import org.glyphtransfer.transfer.store.ScoringModel;
import org.glyphtransfer.transfer.store.Specialist;

/**
 * Evaluates a saved model as prediction uses it: the main model's probabilities, then its cascade,
 * then the answer policy (the class subset, the minimum confidence). With a cascade the evaluation
 * also holds the same split judged without it, so the report shows what the specialists changed.
 */
final class CascadeEvaluation {
    /**
     * The evaluation and the samples it covers (fewer than the split's when a class subset leaves
     * samples of other classes out), for the misclassified grid.
     */
    record Outcome(Evaluation evaluation, DataSplit samples) {}

    private CascadeEvaluation() {}

    /** @param manager owns the kept samples' images when a class subset leaves samples out */
    static Outcome run(
            ScoringModel model,
            Cascade cascade,
            AnswerPolicy policy,
            DataSplit test,
            String modelName,
            NDManager manager) {
        long start = System.nanoTime();
        List<String> names = model.provenance().classNames();
        float[] alone = model.probabilities(test.images());
        float[] cascaded = cascade.apply(alone, test.images());
        boolean[] allowed = policy.allowed(names, modelName);
        ClassRestriction with = ClassRestriction.of(cascaded, test.labels(), names, allowed);
        double seconds = (System.nanoTime() - start) / 1e9;
        Evaluation e =
                Evaluator.fromProbabilities("test", with.probabilities(), with.labels(), with.classNames(), seconds);
        if (!cascade.isEmpty()) {
            ClassRestriction without = ClassRestriction.of(alone, test.labels(), names, allowed);
            Evaluation plain = Evaluator.fromProbabilities(
                    "test", without.probabilities(), without.labels(), without.classNames(), seconds);
            e = e.withCascadeEffect(CascadeEffect.compare(plain, e, subsets(cascade, with.classNames())));
        }
        if (policy.minConfidence() > 0) {
            e = e.withMinConfidence(policy.minConfidence());
        }
        return new Outcome(e, with.leftSamplesOut(test.size()) ? keep(test, with, manager) : test);
    }

    private static List<List<String>> subsets(Cascade cascade, List<String> present) {
        List<List<String>> out = new ArrayList<>();
        for (Specialist s : cascade.specialists()) {
            List<String> classes =
                    s.classes().stream().filter(present::contains).toList();
            if (!classes.isEmpty()) {
                out.add(classes);
            }
        }
        return out;
    }

    /** The kept samples, labelled in the subset's numbering as the evaluation is. */
    private static DataSplit keep(DataSplit split, ClassRestriction restriction, NDManager manager) {
        int[] kept = restriction.kept();
        NDArray images = split.images().get(manager.create(kept));
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < kept.length; r++) {
            if (!split.sampleIds().isEmpty()) {
                ids.add(split.sampleIds().get(kept[r]));
            }
        }
        return new DataSplit(images, restriction.labels(), ids);
    }
}
