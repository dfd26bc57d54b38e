package org.glyphtransfer.app.bench;

import ai.djl.ndarray.NDManager;
import com.google.gson.Gson;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.transfer.Glyph;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.PretrainingRecipe;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.WritePolicy;
import org.glyphtransfer.transfer.eval.Inference;
import org.glyphtransfer.transfer.predict.Predictor;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.store.FiniteJson;
import org.glyphtransfer.transfer.train.EpochStats;
import org.glyphtransfer.transfer.train.TrainingListener;

/**
 * One benchmark measurement in a fresh process, started by {@code glyph bench}: prints one line
 * {@code BENCH {json}} with its numbers. Arguments: the measurement name, then its parameters.
 */
public final class Measure {
    private static final Gson GSON = FiniteJson.builder().create();

    private Measure() {}

    /**
     * @param args measurement name and parameters
     * @throws Exception on any failure (the parent reports it)
     */
    public static void main(String[] args) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("measurement", args[0]);
        switch (args[0]) {
            case "train":
                int[] sizes = Arrays.stream(args, 2, args.length)
                        .mapToInt(Integer::parseInt)
                        .toArray();
                train(result, args[1], sizes);
                break;
            case "infer":
                infer(result);
                break;
            case "load-mnist":
                load(result, "mnist", Map.of());
                break;
            case "load-letters":
                load(result, "letter-folders", Map.of("root", "letters-scans"));
                break;
            case "load-azcsv":
                Path file = AzCsvGenerator.ensure(Path.of(args[1]), AzCsvGenerator.REAL_ROWS);
                result.put("fileMiB", Files.size(file) / (1024.0 * 1024.0));
                load(result, "az-csv", Map.of("file", file.toString()));
                break;
            default:
                throw new IllegalArgumentException("Unknown measurement " + args[0]);
        }
        // The forward timing resets the kernel's peak; the training peak before it still counts.
        double training =
                result.containsKey("trainingPeakResidentMiB") ? (Double) result.get("trainingPeakResidentMiB") : 0;
        result.put("peakResidentMiB", Math.max(training, ProcessMemory.peakResidentMiB()));
        result.put("peakHeapMiB", ProcessMemory.peakHeapMiB());
        System.out.println("BENCH " + GSON.toJson(result));
        System.exit(0);
    }

    static GlyphRuntime runtime(TrainingListener listener) {
        int threads = Integer.getInteger("glyph.threads", 0);
        return GlyphRuntime.builder()
                .optEngine(EngineOptions.builder()
                        .optDevice(System.getProperty("glyph.device", "cpu"))
                        .optThreads(threads)
                        .build())
                .optListener(listener)
                .build();
    }

    /**
     * Training throughput over full epochs after a warm-up epoch, with memory after each epoch; then,
     * when asked, forward-pass throughput of the trained network on MNIST test images.
     *
     * @param sizes images per class (0: all), epochs, batch size, and optionally the test images to time
     *     the forward pass on (validation and test then shrink to {@link BenchArchitecture#EVAL_PER_CLASS})
     */
    private static void train(Map<String, Object> result, String model, int[] sizes) throws Exception {
        int perClass = sizes[0];
        int inferImages = sizes.length > 3 ? sizes[3] : 0;
        List<Double> throughput = new ArrayList<>();
        List<Double> resident = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        long[] parameters = new long[1];
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onPhaseStart(String run, Phase phase, long trainable, long frozen, int batches) {
                parameters[0] = trainable + frozen;
            }

            @Override
            public void onEpoch(EpochStats s) {
                throughput.add(s.imagesPerSecond());
                resident.add(ProcessMemory.residentMiB());
                heap.add(ProcessMemory.heapAfterGcMiB());
            }
        };
        List<String> options = new ArrayList<>();
        if (perClass > 0) {
            options.add("perClass=" + perClass);
        }
        if (inferImages > 0) {
            options.add("evalPerClass=" + BenchArchitecture.EVAL_PER_CLASS);
        }
        GlyphRuntime rt = runtime(listener);
        Path dir = Files.createTempDirectory("glyph-bench-" + model);
        Pretraining pretraining = Pretraining.of(Glyph.model(model))
                .recipe(PretrainingRecipe.REFERENCE)
                .on(Glyph.dataset("mnist", options.toArray(String[]::new)))
                .epochs(sizes[1])
                .batchSize(sizes[2])
                .reports(Reports.NONE)
                .runtime(rt);
        if (inferImages > 0) {
            pretraining.saveTo(dir).writePolicy(WritePolicy.OVERWRITE);
        }
        pretraining.run();
        result.put("model", model);
        result.put("device", rt.engine().deviceName());
        result.put("parameters", parameters[0]);
        result.put("threads", rt.engine().threads());
        result.put("batch", sizes[2]);
        result.put("trainImages", perClass > 0 ? perClass * 10 : BenchArchitecture.FULL_TRAINING_SPLIT);
        result.put("imagesPerSecondByEpoch", throughput);
        result.put(
                "imagesPerSecond",
                throughput.subList(1, throughput.size()).stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElse(0));
        result.put("residentMiBByEpoch", resident);
        result.put("heapMiBByEpoch", heap);
        result.put("trainingPeakResidentMiB", ProcessMemory.peakResidentMiB());
        if (inferImages > 0) {
            ForwardTiming.measure(result, dir, rt, inferImages);
        }
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Forward-only batch inference on the MNIST test tensor, then the predict path with preprocessing. */
    private static void infer(Map<String, Object> result) throws Exception {
        Path dir = Files.createTempDirectory("glyph-bench-model");
        GlyphRuntime rt = runtime(TrainingListener.NONE);
        Pretraining.of(Glyph.model("simple-cnn"))
                .recipe(PretrainingRecipe.REFERENCE)
                .on(Glyph.dataset("letter-folders", "root=letters-scans"))
                .epochs(1)
                .saveTo(dir)
                .writePolicy(WritePolicy.OVERWRITE)
                .reports(Reports.NONE)
                .runtime(rt)
                .run();
        try (Predictor predictor = Predictor.builder(dir).optRuntime(rt).build();
                NDManager manager = NDManager.newBaseManager()) {
            DatasetProvider mnist = rt.registry().dataset("mnist");
            GlyphDataset data = mnist.load(DatasetRequest.builder(mnist.parseOptions(Map.of()), manager)
                    .optDataRoot(rt.dataRoot())
                    .build());
            // The letters model has 26 outputs; the forward pass costs the same on digit images.
            org.glyphtransfer.transfer.store.LoadedModel model = org.glyphtransfer.transfer.store.ModelFolder.load(
                    dir, rt.registry(), rt.dataRoot(), rt.engine().device());
            Inference.probabilities(model.parts().network(), data.test().images(), manager);
            long t0 = System.nanoTime();
            int rounds = 3;
            for (int i = 0; i < rounds; i++) {
                Inference.probabilities(model.parts().network(), data.test().images(), manager);
            }
            result.put("forwardImagesPerSecond", rounds * data.test().size() / ((System.nanoTime() - t0) / 1e9));
            model.close();

            List<BufferedImage> images = letterImages(rt.dataRoot().resolve("letters-scans/Testing"), 1000);
            predictor.predictAll(images, 3);
            long t1 = System.nanoTime();
            predictor.predictAll(images, 3);
            result.put("predictPathImagesPerSecond", images.size() / ((System.nanoTime() - t1) / 1e9));
            for (int i = 0; i < 200; i++) {
                predictor.predict(images.get(i % images.size()), 3);
            }
            double[] latencies = new double[1000];
            for (int i = 0; i < latencies.length; i++) {
                long s = System.nanoTime();
                predictor.predict(images.get(i % images.size()), 3);
                latencies[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(latencies);
            result.put("latencyP50Ms", latencies[499]);
            result.put("latencyP99Ms", latencies[989]);
            result.put("batch", Inference.BATCH);
            result.put("device", rt.engine().deviceName());
            result.put("threads", rt.engine().threads());
        }
    }

    private static List<BufferedImage> letterImages(Path folder, int count) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; images.size() < count; i++) {
            images.add(ImageIO.read(files.get(i % files.size()).toFile()));
        }
        return images;
    }

    /** Time to load a dataset into tensors. */
    private static void load(Map<String, Object> result, String name, Map<String, String> options) {
        GlyphRuntime rt = runtime(TrainingListener.NONE);
        rt.engine();
        DatasetProvider provider = rt.registry().dataset(name);
        try (NDManager manager = NDManager.newBaseManager()) {
            long t0 = System.nanoTime();
            GlyphDataset d = provider.load(DatasetRequest.builder(provider.parseOptions(options), manager)
                    .optDataRoot(rt.dataRoot())
                    .build());
            double seconds = (System.nanoTime() - t0) / 1e9;
            int n = d.train().size() + d.validation().size() + d.test().size();
            result.put("dataset", name);
            result.put("samples", n);
            result.put("seconds", seconds);
            result.put("samplesPerSecond", n / seconds);
            result.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
        }
    }
}
