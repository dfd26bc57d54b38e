package org.glyphtransfer.transfer;

import ai.djl.Device;
import ai.djl.engine.Engine;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.engine.EngineInfo;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.engine.GlyphEngine;
import org.glyphtransfer.engine.QuietLogging;
import org.glyphtransfer.transfer.train.ConsoleProgress;
import org.glyphtransfer.transfer.train.TrainingListener;

/**
 * Where runs happen: the plugin registry, the data root, the engine options (device, threads,
 * seed) and who hears about progress. Immutable; {@link #defaults()} suits most library users.
 */
public final class GlyphRuntime {
    static {
        // Before the registry or DJL log anything: a program without a logging backend stays quiet.
        QuietLogging.apply();
    }

    private final PluginRegistry registry;
    private final DataRoot dataRoot;
    private final EngineOptions engineOptions;
    private final TrainingListener listener;
    private EngineInfo engine;

    private GlyphRuntime(Builder b) {
        this.registry = b.registry != null ? b.registry : PluginRegistry.discover();
        this.dataRoot = b.dataRoot != null ? b.dataRoot : DataRoot.locate(null);
        this.engineOptions = b.engineOptions();
        this.listener = b.listener != null ? b.listener : ConsoleProgress.standardError();
    }

    /**
     * @return class-path plugins (plus GLYPH_PLUGINS), GLYPH_DATA, auto device, seed 42, progress on
     *     standard error
     */
    public static GlyphRuntime defaults() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the plugins */
    public PluginRegistry registry() {
        return registry;
    }

    /** @return the data root */
    public DataRoot dataRoot() {
        return dataRoot;
    }

    /** @return the engine options */
    public EngineOptions engineOptions() {
        return engineOptions;
    }

    /** @return the progress listener */
    public TrainingListener listener() {
        return listener;
    }

    /** @return the random seed */
    public long seed() {
        return engineOptions.seed();
    }

    /**
     * Starts the engine on first use.
     *
     * @return what was chosen
     */
    public synchronized EngineInfo engine() {
        if (engine == null) {
            engine = GlyphEngine.start(engineOptions);
        }
        return engine;
    }

    /**
     * Starts the engine on first use.
     *
     * @return the device runs compute on, as users write it: {@code cpu} or {@code gpu:N}
     */
    public String device() {
        return engine().deviceName();
    }

    /** @return the engine's device, for the library's own tensors */
    Device djlDevice() {
        return engine().device();
    }

    /** Re-seeds the engine so each model's initialisation and dropout repeat exactly. */
    void reseed() {
        engine();
        Engine.getInstance().setRandomSeed(GlyphEngine.engineSeed(engineOptions.seed()));
    }

    /** Builder of {@link GlyphRuntime}. */
    public static final class Builder {
        private PluginRegistry registry;
        private DataRoot dataRoot;
        private EngineOptions engineOptions;
        private String device;
        private Integer threads;
        private Long seed;
        private TrainingListener listener;

        private Builder() {}

        /** @param r the plugins; default: discovered @return this builder */
        public Builder optRegistry(PluginRegistry r) {
            this.registry = r;
            return this;
        }

        /** @param d the data root; default: GLYPH_DATA or ~/.glyph/data @return this builder */
        public Builder optDataRoot(DataRoot d) {
            this.dataRoot = d;
            return this;
        }

        /**
         * @param o device, threads, seed and offline mode at once; {@link #optDevice}, {@link #optThreads}
         *     and {@link #optSeed} override its values; default: auto, all cores, 42
         * @return this builder
         */
        public Builder optEngine(EngineOptions o) {
            this.engineOptions = o;
            return this;
        }

        /**
         * @param device {@code auto | cpu | gpu | gpu:N}; default auto (a GPU when there is one)
         * @return this builder
         */
        public Builder optDevice(String device) {
            this.device = device;
            return this;
        }

        /**
         * @param threads intra-op threads, 0 for one per core; default 0
         * @return this builder
         */
        public Builder optThreads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * @param seed the random seed of data order, initialisation and dropout; default 42
         * @return this builder
         */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param l progress listener; default: {@link ConsoleProgress#standardError()};
         *     {@link TrainingListener#NONE} for silence
         * @return this builder
         */
        public Builder optListener(TrainingListener l) {
            this.listener = l;
            return this;
        }

        private EngineOptions engineOptions() {
            EngineOptions.Builder b = engineOptions != null ? engineOptions.toBuilder() : EngineOptions.builder();
            if (device != null) {
                b.optDevice(device);
            }
            if (threads != null) {
                b.optThreads(threads);
            }
            if (seed != null) {
                b.optSeed(seed);
            }
            return b.build();
        }

        /** @return the runtime */
        public GlyphRuntime build() {
            return new GlyphRuntime(this);
        }
    }
}
