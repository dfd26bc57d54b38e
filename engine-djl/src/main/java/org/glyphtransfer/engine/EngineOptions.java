package org.glyphtransfer.engine;

import org.glyphtransfer.api.GlyphException;

/**
 * How to start the engine: device, intra-op threads, random seed, and whether DJL may download.
 * Immutable; built with {@code opt*} methods, every one optional.
 */
public final class EngineOptions {
    private final DeviceSpec device;
    private final int threads;
    private final long seed;
    private final boolean offline;

    private EngineOptions(Builder b) {
        this.device = b.device;
        this.threads = b.threads;
        this.seed = b.seed;
        this.offline = b.offline;
    }

    /** @return a builder with the defaults: auto device, all cores, seed 42, offline */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options, to change some of them */
    public Builder toBuilder() {
        return builder().optDevice(device).optThreads(threads).optSeed(seed).optOffline(offline);
    }

    /** @return the defaults */
    public static EngineOptions defaults() {
        return builder().build();
    }

    /** @return the requested device */
    public DeviceSpec device() {
        return device;
    }

    /** @return intra-op threads; 0 means one per available core */
    public int threads() {
        return threads;
    }

    /** @return threads actually used: {@link #threads()}, or the core count when 0 */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** @return the random seed */
    public long seed() {
        return seed;
    }

    /** @return true when DJL must not download anything */
    public boolean offline() {
        return offline;
    }

    /** Builder of {@link EngineOptions}. */
    public static final class Builder {
        private DeviceSpec device = DeviceSpec.AUTO;
        private int threads;
        private long seed = 42;
        private boolean offline = !Boolean.parseBoolean(System.getenv().getOrDefault("GLYPH_ONLINE", "false"));

        private Builder() {}

        /**
         * @param device the device; default auto
         * @return this builder
         */
        public Builder optDevice(DeviceSpec device) {
            this.device = device;
            return this;
        }

        /**
         * @param device {@code auto | cpu | gpu | gpu:N}
         * @return this builder
         */
        public Builder optDevice(String device) {
            return optDevice(DeviceSpec.parse(device));
        }

        /**
         * @param threads intra-op threads, 0 for one per core; default 0
         * @return this builder
         */
        public Builder optThreads(int threads) {
            if (threads < 0) {
                throw new GlyphException("Threads must be 0 (one per core) or more, not " + threads + ".");
            }
            this.threads = threads;
            return this;
        }

        /**
         * @param seed the random seed; default 42
         * @return this builder
         */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param offline false to let DJL download (model zoo, CUDA native library); default
         *     true unless the environment variable {@code GLYPH_ONLINE=true}
         * @return this builder
         */
        public Builder optOffline(boolean offline) {
            this.offline = offline;
            return this;
        }

        /** @return the options */
        public EngineOptions build() {
            return new EngineOptions(this);
        }
    }
}
