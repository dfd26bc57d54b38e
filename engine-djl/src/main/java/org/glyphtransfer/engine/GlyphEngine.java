package org.glyphtransfer.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import org.glyphtransfer.api.GlyphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that starts DJL's PyTorch engine: offline native library from the
 * {@code pytorch-native-cpu} jar, device choice, threads and random seed.
 *
 * <p>CUDA: put DJL's CUDA native build on the class path instead of {@code pytorch-native-cpu}
 * (or run online with {@code GLYPH_ONLINE=true} so DJL fetches it), then {@code --device gpu}
 * or {@code auto} picks the GPU. Nothing else in the framework changes: tensors are created on
 * {@link EngineInfo#device()}.
 */
public final class GlyphEngine {
    static {
        QuietLogging.apply();
    }

    private static final Logger LOG = LoggerFactory.getLogger(GlyphEngine.class);
    private static final String ENGINE = "PyTorch";

    private GlyphEngine() {}

    /**
     * The engine takes an int seed; folding the high half in keeps seeds that differ only
     * above bit 31 apart.
     *
     * @param seed the run's seed
     * @return the seed for {@code Engine.setRandomSeed}
     */
    public static int engineSeed(long seed) {
        return (int) (seed ^ (seed >>> 32));
    }

    /**
     * Starts the engine (once per process; later calls re-apply threads and seed).
     *
     * @param options device, threads, seed, offline
     * @return what was chosen
     * @throws GlyphException when the engine cannot start or the device is unavailable
     */
    public static synchronized EngineInfo start(EngineOptions options) {
        int threads = options.effectiveThreads();
        // DJL reads these when the engine is first created; later calls go through setThreads below.
        System.setProperty("ai.djl.offline", Boolean.toString(options.offline()));
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        Engine engine;
        try {
            engine = Engine.getEngine(ENGINE);
        } catch (EngineException | IllegalArgumentException e) {
            throw new GlyphException(
                    "The PyTorch engine could not start (" + e.getMessage()
                            + "); check that pytorch-native-cpu (or a CUDA build) is on the class path.",
                    e);
        }
        PyTorchThreads.set(threads);
        engine.setRandomSeed(engineSeed(options.seed()));
        Device device = options.device().resolve(engine);
        EngineInfo info = new EngineInfo(
                engine.getEngineName(), engine.getVersion(), device, threads, options.seed(), options.offline());
        LOG.info(info.summary());
        return info;
    }
}
