package org.glyphtransfer.baselines;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.DatasetLoading;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.LoadedData;
import org.glyphtransfer.transfer.OutputFolder;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.RunInputs;
import org.glyphtransfer.transfer.TrainedModel;
import org.glyphtransfer.transfer.WritePolicy;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.Evaluator;
import org.glyphtransfer.transfer.report.ReportWriter;
import org.glyphtransfer.transfer.store.Provenance;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;

/** One baseline run: load the splits, train with Tribuo, evaluate the test split, save, report. */
final class BaselineRun {
    /** Test images predicted at once: small enough for a progress line every few seconds. */
    private static final int CHUNK = 500;

    /**
     * What to run.
     *
     * @param method the learner
     * @param options its checked options
     * @param dataset the dataset plugin and options
     * @param output the model folder, or null
     * @param reports whether to write report files
     */
    record Settings(Method method, PluginOptions options, DatasetChoice dataset, Path output, Reports reports) {}

    private final GlyphRuntime rt;
    private final Settings s;

    BaselineRun(GlyphRuntime rt, Settings settings) {
        this.rt = rt;
        this.s = settings;
    }

    TrainedModel run(WritePolicy policy) {
        OutputFolder folder = OutputFolder.of(s.output(), policy, RunInputs.of(rt, null, s.dataset()));
        return folder.run(this::train);
    }

    private TrainedModel train() {
        MemoryUse.resetHeapPeak();
        try (NDManager manager = NDManager.newBaseManager(rt.engine().device())) {
            LoadedData data = DatasetLoading.load(rt, s.dataset(), manager);
            GlyphDataset d = data.dataset();
            SplitChecks.requireOneImageSize(s.dataset(), d);
            SplitChecks.requireEnoughImages(s.method(), s.options(), d);
            int size = (int) d.inputShape().size();
            int threads = rt.engineOptions().effectiveThreads();
            String label = s.method().id() + " " + s.options().asText() + " on " + s.dataset();
            Learner trainer = Trainers.of(s.method(), s.options(), size, threads, rt.seed());
            PixelFeatures features = new PixelFeatures(size, s.method() == Method.KNN);
            MutableDataset<Label> train = trainingSet(features, d);
            long start = System.nanoTime();
            Model<Label> model = ProgressLine.whileRunning(
                    rt.listener(),
                    String.format(Locale.ROOT, "training %s on %,d images", s.method(), train.size()),
                    () -> trainer.train(train));
            double trainingSeconds = (System.nanoTime() - start) / 1e9;
            rt.listener().onMessage(String.format(Locale.ROOT, "trained %s in %.1f s", s.method(), trainingSeconds));
            Provenance provenance = provenance(data, model);
            TribuoScoring scoring = new TribuoScoring(model, provenance, s.method());
            Evaluation e = evaluate(scoring, d.test(), d, threads);
            rt.listener()
                    .onMessage(String.format(
                            Locale.ROOT, "%s: test accuracy %.2f%% (%.1f s)", label, 100 * e.accuracy(), e.seconds()));
            Provenance saved = withMetrics(provenance, e, trainingSeconds);
            long bytes = -1;
            if (s.output() != null) {
                saved = BaselineFiles.save(s.output(), model, saved);
                bytes = BaselineFiles.modelBytes(s.output(), saved);
            }
            TrainedModel trained = TrainedModel.withoutPhases(
                    label,
                    e,
                    saved,
                    s.output(),
                    new TrainedModel.Summary(trainingSeconds, facts(scoring, train.size(), threads, bytes)));
            if (s.output() != null && s.reports() == Reports.WRITE) {
                ReportWriter.write(s.output(), trained, null, d);
                rt.listener().onMessage("model and report written to " + s.output());
            }
            return trained;
        }
    }

    private MutableDataset<Label> trainingSet(PixelFeatures features, GlyphDataset d) {
        DataSplit split = d.train();
        float[] pixels = split.images().toFloatArray();
        MutableDataset<Label> set =
                PixelFeatures.dataset(d.name() + " train " + s.dataset().options());
        for (int i = 0; i < split.size(); i++) {
            set.add(features.example(pixels, i * features.size(), d.classNames().get(split.label(i)), i == 0));
        }
        return set;
    }

    /**
     * Predicts the test split in chunks, with a progress line; k-NN spreads each chunk over its own threads,
     * the other methods predict several chunks at once.
     */
    private Evaluation evaluate(TribuoScoring scoring, DataSplit test, GlyphDataset d, int threads) {
        int n = test.size();
        int k = d.numClasses();
        int size = (int) d.inputShape().size();
        float[] pixels = test.images().toFloatArray();
        float[] probabilities = new float[n * k];
        ProgressLine progress = new ProgressLine(rt.listener());
        String what = "predicting the test images with " + s.method();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        IntStream chunks = IntStream.range(0, (n + CHUNK - 1) / CHUNK);
        ForkJoinPool pool = new ForkJoinPool(s.method() == Method.KNN ? 1 : Math.max(1, threads));
        try {
            pool.submit(() -> chunks.parallel().forEach(c -> {
                        int from = c * CHUNK;
                        int count = Math.min(CHUNK, n - from);
                        float[] chunk = new float[count * size];
                        System.arraycopy(pixels, from * size, chunk, 0, chunk.length);
                        System.arraycopy(scoring.probabilities(chunk, count), 0, probabilities, from * k, count * k);
                        int finished = done.addAndGet(count);
                        synchronized (progress) {
                            progress.done(what, finished, n);
                        }
                    }))
                    .join();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return Evaluator.fromProbabilities("test", probabilities, test.labels(), d.classNames(), seconds);
    }

    private Provenance provenance(LoadedData data, Model<Label> model) {
        GlyphDataset d = data.dataset();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("train", d.train().size());
        sizes.put("validation", d.validation().size());
        sizes.put("test", d.test().size());
        return Provenance.builder()
                .architecture(s.method().id(), s.options().asText())
                .classes(d.classNames(), d.inputShape().getShape())
                .dataset(data.provider().name(), data.options().asText(), sizes)
                .seed(rt.seed())
                .versions(BaselineFiles.versions(model))
                .build();
    }

    private static Provenance withMetrics(Provenance p, Evaluation e, double trainingSeconds) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("testAccuracy", e.accuracy());
        metrics.put("macroF1", e.macroAverage().f1());
        metrics.put("trainingSeconds", trainingSeconds);
        metrics.put("predictionSeconds", e.seconds());
        return p.toBuilder().metrics(metrics).build();
    }

    private Map<String, String> facts(TribuoScoring scoring, int trainImages, int threads, long bytes) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("method", s.method().id() + ": " + s.method().description());
        facts.put("options", s.options().asText().toString());
        facts.put("training images", String.format(Locale.ROOT, "%,d", trainImages));
        facts.put(
                "threads",
                s.method() == Method.KNN || s.method() == Method.XGBOOST || s.method() == Method.RANDOM_FOREST
                        ? String.valueOf(threads)
                        : "1 (Tribuo trains this method on one thread)");
        facts.put("confidences", scoring.confidences());
        if (bytes >= 0) {
            facts.put("model size", String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6));
        }
        facts.put("peak memory", MemoryUse.describe());
        return facts;
    }
}
