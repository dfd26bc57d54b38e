package org.glyphtransfer.baselines;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.TrainedModel;
import org.glyphtransfer.transfer.WritePolicy;

/**
 * Trains a classic learner (Tribuo) on a dataset plugin's training split, evaluates it on the test
 * split and saves it as a model folder that {@code evaluate}, {@code predict} and {@code serve} take
 * like a network's:
 * {@code Baseline.knn().withK(3).on(dataset("mnist")).saveTo(dir).run()}. The images are exactly the
 * ones the networks see: the plugin's splits after its preprocessing, every pixel a feature.
 */
public final class Baseline {
    private final Method method;
    private final Map<String, String> options = new LinkedHashMap<>();
    private DatasetChoice dataset;
    private Path output;
    private WritePolicy writePolicy = WritePolicy.REFUSE_FOREIGN;
    private Reports reports = Reports.WRITE;
    private GlyphRuntime runtime;

    private Baseline(Method method) {
        this.method = Objects.requireNonNull(method, "method");
    }

    /** @param method the learner @return a baseline to configure */
    public static Baseline of(Method method) {
        return new Baseline(method);
    }

    /**
     * @param method a method name: knn, svm, linear-svm, random-forest, logistic or xgboost
     * @return a baseline to configure
     * @throws GlyphException on an unknown name
     */
    public static Baseline of(String method) {
        return new Baseline(Method.of(method));
    }

    /** @return k nearest neighbours (k = 3, Euclidean distance) */
    public static Baseline knn() {
        return of(Method.KNN);
    }

    /** @return an RBF support vector machine (C = 5, gamma = 0.05) */
    public static Baseline svm() {
        return of(Method.SVM);
    }

    /** @return a linear support vector machine */
    public static Baseline linearSvm() {
        return of(Method.LINEAR_SVM);
    }

    /** @return a random forest (50 trees) */
    public static Baseline randomForest() {
        return of(Method.RANDOM_FOREST);
    }

    /** @return multinomial logistic regression */
    public static Baseline logistic() {
        return of(Method.LOGISTIC);
    }

    /** @return gradient-boosted trees (XGBoost) */
    public static Baseline xgboost() {
        return of(Method.XGBOOST);
    }

    /** @return the learner */
    public Method method() {
        return method;
    }

    /**
     * Sets one of the method's options; {@code run()} checks them all.
     *
     * @param key an option of the method, e.g. {@code k}, {@code C}, {@code trees}
     * @param value its value
     * @return this
     */
    public Baseline withOption(String key, Object value) {
        options.put(key, String.valueOf(value));
        return this;
    }

    /** @param raw options as text, key → value @return this */
    public Baseline withOptions(Map<String, String> raw) {
        options.putAll(raw);
        return this;
    }

    /** @param k neighbours that vote (knn) @return this */
    public Baseline withK(int k) {
        return withOption("k", k);
    }

    /** @param c cost of a margin violation (svm, linear-svm) @return this */
    public Baseline withC(double c) {
        return withOption("C", c);
    }

    /** @param gamma kernel width (svm) @return this */
    public Baseline withGamma(double gamma) {
        return withOption("gamma", gamma);
    }

    /** @param trees trees in the forest or boosting rounds (random-forest, xgboost) @return this */
    public Baseline withTrees(int trees) {
        return withOption("trees", trees);
    }

    /** @param choice the dataset whose splits train and test the baseline @return this */
    public Baseline on(DatasetChoice choice) {
        this.dataset = choice;
        return this;
    }

    /**
     * @param dir where the model folder and its report go; refused when it is, contains or lies inside
     *     the dataset's files or is or contains the data root
     * @return this
     */
    public Baseline saveTo(Path dir) {
        this.output = dir;
        return this;
    }

    /** @param policy whether an existing folder glyph did not make may be written into @return this */
    public Baseline writePolicy(WritePolicy policy) {
        this.writePolicy = policy;
        return this;
    }

    /** @param r whether report.json, report.md and plots go next to the model; default write @return this */
    public Baseline reports(Reports r) {
        this.reports = r;
        return this;
    }

    /** @param r registry, data root, threads, seed, progress; default {@link GlyphRuntime#defaults()} @return this */
    public Baseline runtime(GlyphRuntime r) {
        this.runtime = r;
        return this;
    }

    /**
     * Checks the options, loads the dataset, trains, evaluates on the test split and saves.
     *
     * @return the trained baseline: its evaluation, provenance, training time and folder
     * @throws GlyphException on an option of another method, a bad value, k above the training
     *     images, a dataset whose images differ in size, or an output that overlaps an input
     */
    public TrainedModel run() {
        if (dataset == null) {
            throw new GlyphException("Baseline " + method + " needs a dataset: call on(dataset(…)).");
        }
        GlyphRuntime rt = runtime != null ? runtime : GlyphRuntime.defaults();
        BaselineRun.Settings settings =
                new BaselineRun.Settings(method, MethodOptions.parse(method, options), dataset, output, reports);
        return new BaselineRun(rt, settings).run(writePolicy);
    }
}
