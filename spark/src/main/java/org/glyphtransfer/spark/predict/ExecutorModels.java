package org.glyphtransfer.spark.predict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.predict.Predictor;

/**
 * The models loaded in this JVM, keyed by model id: the first task on an executor unpacks and
 * loads the model, every later task of any job reuses it. {@link Predictor} is thread-safe (each
 * call runs in its own tensor scope), so concurrent tasks share one loaded model and each runs its
 * own forward passes. Models stay loaded for the life of the JVM, as executors are reused.
 */
public final class ExecutorModels {
    private static final Map<String, Predictor> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> LOADS = new ConcurrentHashMap<>();

    private ExecutorModels() {}

    /**
     * @param model the shipped model
     * @param loaded told once when this call loaded the model (rather than finding it loaded)
     * @return the model's predictor in this JVM
     */
    public static Predictor predictor(ShippedModel model, Runnable loaded) {
        return LOADED.computeIfAbsent(model.key(), id -> {
            Predictor p = load(model);
            LOADS.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            loaded.run();
            return p;
        });
    }

    /**
     * @param modelId a model id
     * @return how many times this JVM has loaded that model (1 once used, never more)
     */
    public static int loads(String modelId) {
        AtomicInteger n = LOADS.get(modelId);
        return n == null ? 0 : n.get();
    }

    private static Predictor load(ShippedModel model) {
        Path folder;
        try {
            folder = Files.createTempDirectory("glyph-model-").resolve(model.folderName());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for model " + model.id(), e);
        }
        ModelArchive.unpack(model.archive().value(), folder);
        GlyphRuntime runtime = GlyphRuntime.builder()
                .optEngine(EngineOptions.builder()
                        .optDevice(model.device())
                        .optThreads(model.threads())
                        .build())
                .build();
        try {
            return Predictor.builder(folder)
                    .optRuntime(runtime)
                    .optCascade(model.cascade())
                    .build();
        } finally {
            // The parameters are in memory now; the unpacked copy would only fill the executor's disk.
            deleteTree(folder.getParent());
        }
    }

    private static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
