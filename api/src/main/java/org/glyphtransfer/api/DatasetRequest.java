package org.glyphtransfer.api;

import ai.djl.ndarray.NDManager;
import ai.djl.util.Progress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a dataset plugin needs to load: its validated options, the data root that
 * relative paths are resolved against, the manager that will own the tensors, the seed for
 * splits, subsets and augmentation, and an optional progress display.
 */
public final class DatasetRequest {
    private final PluginOptions options;
    private final DataRoot dataRoot;
    private final NDManager manager;
    private final long seed;
    private final Progress progress;
    private final PluginRegistry registry;

    private DatasetRequest(Builder b) {
        this.options = Objects.requireNonNull(b.options, "options");
        this.dataRoot = b.dataRoot == null ? DataRoot.locate(null) : b.dataRoot;
        this.manager = Objects.requireNonNull(b.manager, "manager");
        this.seed = b.seed;
        this.progress = b.progress;
        this.registry = b.registry;
    }

    /**
     * Starts a request.
     *
     * @param options options validated by the plugin's schema
     * @param manager the manager that will own the split tensors
     * @return a builder
     */
    public static Builder builder(PluginOptions options, NDManager manager) {
        return new Builder(options, manager);
    }

    /** @return the plugin's options */
    public PluginOptions options() {
        return options;
    }

    /** @return the data root */
    public DataRoot dataRoot() {
        return dataRoot;
    }

    /**
     * Resolves a path option against the data root.
     *
     * @param path an absolute path, or one relative to the data root
     * @return the absolute path
     */
    public Path resolve(String path) {
        return dataRoot.resolve(path);
    }

    /** @return the manager that owns the tensors */
    public NDManager manager() {
        return manager;
    }

    /** @return the seed for splits, subsets and augmentation */
    public long seed() {
        return seed;
    }

    /** @return the progress display, if any */
    public Optional<Progress> progress() {
        return Optional.ofNullable(progress);
    }

    /**
     * The plugins a dataset that combines other datasets looks them up in.
     *
     * @return the registry given to the builder, else the built-in plugins and those of {@code GLYPH_PLUGINS}
     */
    public PluginRegistry registry() {
        return registry != null ? registry : PluginRegistry.discover();
    }

    /** Builder of {@link DatasetRequest}. */
    public static final class Builder {
        private final PluginOptions options;
        private final NDManager manager;
        private DataRoot dataRoot;
        private long seed = 42;
        private Progress progress;
        private PluginRegistry registry;

        private Builder(PluginOptions options, NDManager manager) {
            this.options = options;
            this.manager = manager;
        }

        /**
         * @param root the data root; default: {@code GLYPH_DATA}, else {@code ~/.glyph/data}
         * @return this builder
         */
        public Builder optDataRoot(DataRoot root) {
            this.dataRoot = root;
            return this;
        }

        /**
         * @param seed seed for splits, subsets and augmentation; default 42
         * @return this builder
         */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param progress a progress display for long loads
         * @return this builder
         */
        public Builder optProgress(Progress progress) {
            this.progress = progress;
            return this;
        }

        /**
         * @param plugins where a dataset that combines others finds them; default {@link PluginRegistry#discover()}
         * @return this builder
         */
        public Builder optRegistry(PluginRegistry plugins) {
            this.registry = plugins;
            return this;
        }

        /** @return the request */
        public DatasetRequest build() {
            return new DatasetRequest(this);
        }
    }
}
