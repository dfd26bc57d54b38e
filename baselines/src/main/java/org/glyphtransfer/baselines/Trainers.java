package org.glyphtransfer.baselines;

import java.util.Locale;
import org.glyphtransfer.api.PluginOptions;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.libsvm.LibSVMClassificationTrainer;
import org.tribuo.classification.libsvm.SVMClassificationType;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.math.distance.DistanceType;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;
import org.tribuo.math.optimisers.AdaGrad;

/** Builds the Tribuo trainer of a method from its checked options. */
final class Trainers {
    /** Tribuo's own default: a split needs at least this much example weight on each side. */
    private static final float MIN_CHILD_WEIGHT = 5.0f;

    /** Held here: java.util.logging keeps only weak references to loggers, which would forget the level. */
    private static final java.util.logging.Logger TRIBUO = java.util.logging.Logger.getLogger("org.tribuo");

    static {
        // Tribuo logs every training start at INFO level; glyph's own progress lines say the same.
        TRIBUO.setLevel(java.util.logging.Level.WARNING);
        // libsvm and liblinear print every solver step to standard output; glyph's progress lines say enough.
        libsvm.svm.svm_set_print_string_function(text -> {});
        de.bwaldvogel.liblinear.Linear.disableDebugOutput();
    }

    private Trainers() {}

    /**
     * @param method the method
     * @param options its options, checked
     * @param features how many pixels an image has (the random forest's default split fraction)
     * @param threads threads for the methods whose Tribuo trainer can use several
     * @param seed the random seed
     * @return the trainer
     */
    static Learner of(Method method, PluginOptions options, int features, int threads, long seed) {
        if (method == Method.RANDOM_FOREST) {
            return forest(options, features, threads, seed);
        }
        return Learner.of(trainer(method, options, threads, seed));
    }

    private static Trainer<Label> trainer(Method method, PluginOptions options, int threads, long seed) {
        return switch (method) {
            case KNN ->
                new KNNTrainer<>(
                        options.getInt("k"),
                        DistanceType.valueOf(options.getString("distance").toUpperCase(Locale.ROOT))
                                .getDistance(),
                        threads,
                        new VotingCombiner(),
                        KNNModel.Backend.THREADPOOL,
                        NeighboursQueryFactoryType.BRUTE_FORCE);
            case SVM -> svm(options, seed);
            case LINEAR_SVM ->
                new LibLinearClassificationTrainer(
                        new LinearClassificationType(LinearClassificationType.LinearType.L2R_L2LOSS_SVC_DUAL),
                        options.getDouble("C"),
                        options.getInt("max-iterations"),
                        0.1,
                        seed);
            case RANDOM_FOREST -> throw new IllegalArgumentException("a forest is grown by ParallelForest");
            case LOGISTIC ->
                new LinearSGDTrainer(
                        new LogMulticlass(),
                        new AdaGrad(options.getDouble("lr"), 0.1),
                        options.getInt("epochs"),
                        Integer.MAX_VALUE,
                        options.getInt("batch"),
                        seed);
            case XGBOOST ->
                new XGBoostClassificationTrainer(
                        options.getInt("trees"),
                        options.getDouble("eta"),
                        0,
                        options.getInt("depth"),
                        1,
                        1,
                        1,
                        1,
                        0,
                        threads,
                        true,
                        seed);
        };
    }

    private static Trainer<Label> svm(PluginOptions options, long seed) {
        SVMParameters<Label> p = new SVMParameters<>(
                new SVMClassificationType(SVMClassificationType.SVMMode.C_SVC),
                KernelType.valueOf(options.getString("kernel").toUpperCase(Locale.ROOT)));
        p.setCost(options.getDouble("C"));
        p.setGamma(options.getDouble("gamma"));
        p.setDegree(options.getInt("degree"));
        p.setCacheSize(options.getInt("cache-mb"));
        return new LibSVMClassificationTrainer(p, seed);
    }

    private static Learner forest(PluginOptions options, int features, int threads, long seed) {
        int depth = options.getInt("depth");
        double fraction = options.getDouble("features");
        float tried = (float) (fraction > 0 ? fraction : Math.sqrt(features) / features);
        ParallelForest[] self = new ParallelForest[1];
        self[0] = new ParallelForest(options.getInt("trees"), threads, i -> {
            long forestSeed = seed + i;
            CARTClassificationTrainer tree = new CARTClassificationTrainer(
                    depth == 0 ? Integer.MAX_VALUE : depth,
                    MIN_CHILD_WEIGHT,
                    0.0f,
                    tried,
                    false,
                    new GiniIndex(),
                    forestSeed);
            return new RandomForestTrainer<>(tree, new VotingCombiner(), self[0].treesOf(i), forestSeed);
        });
        return self[0];
    }
}
