package org.glyphtransfer.baselines;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.Suggestions;

/**
 * The classic learners a baseline can use, all from Tribuo, with their main hyper-parameters as
 * typed options (the same {@link OptionSchema} that plugins use, so values are checked and named the
 * same way).
 */
public enum Method {
    /** k nearest neighbours, brute force over the training images. */
    KNN(
            "knn",
            "k nearest neighbours (Tribuo KNNTrainer), majority vote",
            OptionSchema.of(
                    OptionSpec.integer("k", 3).optRange(1, 10_000).optDescription("Neighbours that vote."),
                    OptionSpec.choice("distance", "l2", "l2", "l1", "cosine")
                            .optDescription("Distance between two images' pixels."))),
    /** A kernel SVM (libsvm, one-vs-one). */
    SVM(
            "svm",
            "support vector machine with a kernel (Tribuo LibSVM, one-vs-one)",
            OptionSchema.of(
                    OptionSpec.decimal("C", 5.0).optRange(1e-6, 1e6).optDescription("Cost of a margin violation."),
                    OptionSpec.choice("kernel", "rbf", "rbf", "linear", "poly", "sigmoid")
                            .optDescription("Kernel."),
                    OptionSpec.decimal("gamma", 0.05)
                            .optRange(1e-9, 1e3)
                            .optDescription("Kernel width of rbf, poly and sigmoid."),
                    OptionSpec.integer("degree", 3).optRange(1, 10).optDescription("Degree of the poly kernel."),
                    OptionSpec.integer("cache-mb", 500)
                            .optRange(1, 64_000)
                            .optDescription("Kernel cache of libsvm, MB."))),
    /** A linear SVM (liblinear). */
    LINEAR_SVM(
            "linear-svm",
            "linear support vector machine (Tribuo LibLinear, L2-regularised, one-vs-rest)",
            OptionSchema.of(
                    OptionSpec.decimal("C", 1.0).optRange(1e-6, 1e6).optDescription("Cost of a margin violation."),
                    OptionSpec.integer("max-iterations", 1000)
                            .optRange(1, 1_000_000)
                            .optDescription("Solver iterations at most."))),
    /** A random forest of CART trees. */
    RANDOM_FOREST(
            "random-forest",
            "random forest of CART trees (Tribuo RandomForestTrainer), majority vote",
            OptionSchema.of(
                    OptionSpec.integer("trees", 50).optRange(1, 10_000).optDescription("Trees in the forest."),
                    OptionSpec.integer("depth", 0)
                            .optRange(0, 1000)
                            .optDescription("Deepest a tree may grow; 0 = unlimited."),
                    OptionSpec.decimal("features", 0.0)
                            .optRange(0, 1)
                            .optDescription(
                                    "Fraction of the pixels tried at each split; 0 = the square root of their number."))),
    /** Multinomial logistic regression trained by SGD. */
    LOGISTIC(
            "logistic",
            "multinomial logistic regression (Tribuo LinearSGDTrainer, log loss, AdaGrad)",
            OptionSchema.of(
                    OptionSpec.integer("epochs", 10).optRange(1, 10_000).optDescription("Passes over the data."),
                    OptionSpec.decimal("lr", 0.5).optRange(1e-9, 100).optDescription("AdaGrad learning rate."),
                    OptionSpec.integer("batch", 1).optRange(1, 1_000_000).optDescription("Minibatch size."))),
    /** Gradient-boosted trees. */
    XGBOOST(
            "xgboost",
            "gradient-boosted trees (Tribuo XGBoostClassificationTrainer)",
            OptionSchema.of(
                    OptionSpec.integer("trees", 100).optRange(1, 100_000).optDescription("Boosting rounds."),
                    OptionSpec.integer("depth", 6).optRange(1, 100).optDescription("Deepest a tree may grow."),
                    OptionSpec.decimal("eta", 0.3).optRange(1e-6, 1).optDescription("Learning rate (shrinkage).")));

    private final String id;
    private final String description;
    private final OptionSchema options;

    Method(String id, String description, OptionSchema options) {
        this.id = id;
        this.description = description;
        this.options = options;
    }

    /** @return the name used on the command line and in model.json, e.g. {@code random-forest} */
    public String id() {
        return id;
    }

    /** @return one line for help texts */
    public String description() {
        return description;
    }

    /** @return the method's options with their defaults and ranges */
    public OptionSchema options() {
        return options;
    }

    /** @return every method's name, in order */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Method::id).toList();
    }

    /**
     * @param id a method name
     * @return the method, when there is one of that name
     */
    public static Optional<Method> find(String id) {
        return Arrays.stream(values())
                .filter(m -> m.id.equals(id.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /**
     * @param id a method name
     * @return the method
     * @throws GlyphException naming the value and the known methods when there is none of that name
     */
    public static Method of(String id) {
        return find(id).orElseThrow(() -> new GlyphException("Unknown baseline method '" + id + "'"
                + Suggestions.hint(id, ids()) + "; choose one of " + String.join(", ", ids()) + "."));
    }

    @Override
    public String toString() {
        return id;
    }
}
