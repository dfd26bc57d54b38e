package org.glyphtransfer.transfer;

import ai.djl.Device;
import ai.djl.engine.Engine;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.engine.EngineInfo;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.engine.GlyphEngine;
import org.glyphtransfer.transfer.train.TrainingListener;

/**
 * Where runs happen: the plugin registry, the data root, the engine options (device, threads,
 * seed) and who hears about progress. Immutable; {@link #defaults()} suits most library users.
 */
public final class GlyphRuntime {
    private final PluginRegistry registry;
    private final DataRoot dataRoot;
    private final EngineOptions engineOptions;
    private final TrainingListener listener;
    private EngineInfo engine;

    private GlyphRuntime(Builder b) {
        this.registry = b.registry != null ? b.registry : PluginRegistry.discover();
        this.dataRoot = b.dataRoot != null ? b.dataRoot : DataRoot.locate(null);
        this.engineOptions = b.engineOptions != null ? b.engineOptions : EngineOptions.defaults();
        this.listener = b.listener != null ? b.listener : TrainingListener.NONE;
    }

    /** @return class-path plugins (plus GLYPH_PLUGINS), GLYPH_DATA, auto device, seed 42, no progress output */
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

    /** @return the device runs compute on */
    public Device device() {
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

        /** @param o device, threads, seed; default: auto, all cores, 42 @return this builder */
        public Builder optEngine(EngineOptions o) {
            this.engineOptions = o;
            return this;
        }

        /** @param l progress listener; default: none @return this builder */
        public Builder optListener(TrainingListener l) {
            this.listener = l;
            return this;
        }

        /** @return the runtime */
        public GlyphRuntime build() {
            return new GlyphRuntime(this);
        }
    }
}
