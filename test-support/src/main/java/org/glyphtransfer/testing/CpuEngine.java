package org.glyphtransfer.testing;

import ai.djl.ndarray.NDManager;
import org.glyphtransfer.engine.EngineInfo;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.engine.GlyphEngine;

/**
 * The PyTorch engine on the CPU for tests, through {@link GlyphEngine} as the framework starts it.
 *
 * <p>Two ways to start it: {@link #start(long)} and {@link #start(int, long)} start it (or, once it
 * runs, re-apply threads and seed) on every call, for tests that want a known seed;
 * {@link #startOnce()} and {@link #manager()} start it with the defaults the first time only, so
 * they leave the seed and the system properties that start-up sets (such as {@code ai.djl.offline})
 * alone afterwards. {@link #options(long)} gives the same options for a runtime that starts the
 * engine itself.
 */
public final class CpuEngine {
    private static boolean started;

    private CpuEngine() {}

    /** @return device {@code cpu}, everything else at its default (all cores, seed 42, offline) */
    public static EngineOptions options() {
        return EngineOptions.builder().optDevice("cpu").build();
    }

    /**
     * @param seed the random seed
     * @return device {@code cpu} with this seed, all cores
     */
    public static EngineOptions options(long seed) {
        return EngineOptions.builder().optDevice("cpu").optSeed(seed).build();
    }

    /**
     * @param threads intra-op threads
     * @param seed the random seed
     * @return device {@code cpu} with these threads and seed
     */
    public static EngineOptions options(int threads, long seed) {
        return EngineOptions.builder()
                .optDevice("cpu")
                .optThreads(threads)
                .optSeed(seed)
                .build();
    }

    /**
     * Starts the engine on the CPU with this seed, all cores; once it runs, re-seeds it.
     *
     * @param seed the random seed
     * @return what was chosen
     */
    public static EngineInfo start(long seed) {
        return started(GlyphEngine.start(options(seed)));
    }

    /**
     * Starts the engine on the CPU with these threads and seed; once it runs, re-applies them.
     *
     * @param threads intra-op threads
     * @param seed the random seed
     * @return what was chosen
     */
    public static EngineInfo start(int threads, long seed) {
        return started(GlyphEngine.start(options(threads, seed)));
    }

    /** Starts the engine on the CPU with the defaults, unless this class has started it already in this JVM. */
    public static synchronized void startOnce() {
        if (!started) {
            GlyphEngine.start(options());
            started = true;
        }
    }

    /** @return a new base manager, the engine started by {@link #startOnce()} */
    public static NDManager manager() {
        startOnce();
        return NDManager.newBaseManager();
    }

    private static synchronized EngineInfo started(EngineInfo info) {
        started = true;
        return info;
    }
}
