package org.glyphtransfer.api;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Objects;
import java.util.Optional;

/**
 * What a model plugin needs to build a network: its validated options, the input shape of one
 * image (C × H × W), the number of classes, the data root for file options, and, for plugins
 * that import weights, a manager to hold them.
 */
public final class ModelRequest {
    private final PluginOptions options;
    private final Shape inputShape;
    private final int numClasses;
    private final DataRoot dataRoot;
    private final NDManager manager;

    private ModelRequest(Builder b) {
        this.options = Objects.requireNonNull(b.options, "options");
        this.inputShape = Objects.requireNonNull(b.inputShape, "inputShape");
        if (b.numClasses < 2) {
            throw new GlyphException("A model needs at least 2 classes, not " + b.numClasses + ".");
        }
        this.numClasses = b.numClasses;
        this.dataRoot = b.dataRoot == null ? DataRoot.locate(null) : b.dataRoot;
        this.manager = b.manager;
    }

    /**
     * Starts a request.
     *
     * @param options options validated by the plugin's schema
     * @param numClasses number of output classes, at least 2
     * @return a builder; the input shape defaults to 1 × 28 × 28
     */
    public static Builder builder(PluginOptions options, int numClasses) {
        return new Builder(options, numClasses);
    }

    /** @return the plugin's options */
    public PluginOptions options() {
        return options;
    }

    /** @return the shape of one input image, C × H × W */
    public Shape inputShape() {
        return inputShape;
    }

    /** @return the number of output classes */
    public int numClasses() {
        return numClasses;
    }

    /** @return the data root for relative file options */
    public DataRoot dataRoot() {
        return dataRoot;
    }

    /** @return a manager for imported weights, if the caller gave one */
    public Optional<NDManager> manager() {
        return Optional.ofNullable(manager);
    }

    /** Builder of {@link ModelRequest}. */
    public static final class Builder {
        private final PluginOptions options;
        private final int numClasses;
        private Shape inputShape = new Shape(1, 28, 28);
        private DataRoot dataRoot;
        private NDManager manager;

        private Builder(PluginOptions options, int numClasses) {
            this.options = options;
            this.numClasses = numClasses;
        }

        /**
         * @param shape C × H × W of one image; default 1 × 28 × 28
         * @return this builder
         */
        public Builder optInputShape(Shape shape) {
            this.inputShape = shape;
            return this;
        }

        /**
         * @param root data root for relative file options
         * @return this builder
         */
        public Builder optDataRoot(DataRoot root) {
            this.dataRoot = root;
            return this;
        }

        /**
         * @param manager a manager for imported weights
         * @return this builder
         */
        public Builder optManager(NDManager manager) {
            this.manager = manager;
            return this;
        }

        /** @return the request */
        public ModelRequest build() {
            return new ModelRequest(this);
        }
    }
}
