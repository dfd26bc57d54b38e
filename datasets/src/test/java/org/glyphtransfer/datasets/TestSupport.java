package org.glyphtransfer.datasets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.engine.GlyphEngine;

/** Shared test plumbing: engine start-up, loading a plugin, locating the real data. */
public final class TestSupport {
    private static boolean started;

    private TestSupport() {}

    /** Starts the CPU engine once per JVM. */
    public static synchronized void startEngine() {
        if (!started) {
            GlyphEngine.start(EngineOptions.builder().optDevice("cpu").build());
            started = true;
        }
    }

    /** @return a new base manager, engine started */
    public static NDManager manager() {
        startEngine();
        return NDManager.newBaseManager();
    }

    /**
     * Loads a dataset through its plugin, as the framework does.
     *
     * @param provider the plugin
     * @param options raw options
     * @param root the data root
     * @param seed the seed
     * @param manager the tensor owner
     * @return the dataset
     */
    public static GlyphDataset load(DatasetProvider provider, Map<String, String> options, Path root, long seed,
            NDManager manager) {
        DatasetRequest request = DatasetRequest.builder(provider.parseOptions(options), manager)
                .optDataRoot(DataRoot.of(root)).optSeed(seed).build();
        return provider.load(request);
    }

    /** @return the real data folder from GLYPH_DATA; skips the test when unset */
    public static Path realData() {
        String env = System.getenv("GLYPH_DATA");
        assumeTrue(env != null && !env.isBlank(), "GLYPH_DATA is not set: skipping the test on real data");
        Path root = Paths.get(env).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root), "GLYPH_DATA=" + env + " is not a folder: skipping the test on real data");
        return root;
    }
}
