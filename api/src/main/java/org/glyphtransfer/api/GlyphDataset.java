package org.glyphtransfer.api;

import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded dataset: train, validation and test splits, the class names in label order, the
 * input shape of one image (C × H × W) and, when the experiment asks for it, the augmentation
 * to apply to training batches. Immutable.
 */
public final class GlyphDataset {
    private final String name;
    private final List<String> classNames;
    private final Shape inputShape;
    private final DataSplit train;
    private final DataSplit validation;
    private final DataSplit test;
    private final BatchAugmenter augmenter;

    private GlyphDataset(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.classNames = List.copyOf(b.classNames);
        this.inputShape = Objects.requireNonNull(b.inputShape, "inputShape");
        this.train = Objects.requireNonNull(b.train, "train");
        this.validation = Objects.requireNonNull(b.validation, "validation");
        this.test = Objects.requireNonNull(b.test, "test");
        this.augmenter = b.augmenter;
    }

    /**
     * Starts a dataset description.
     *
     * @param name the plugin name that produced it
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the name of the plugin that produced this dataset */
    public String name() {
        return name;
    }

    /** @return class names, index = label */
    public List<String> classNames() {
        return classNames;
    }

    /** @return the number of classes */
    public int numClasses() {
        return classNames.size();
    }

    /** @return the shape of one image, C × H × W */
    public Shape inputShape() {
        return inputShape;
    }

    /** @return the training split */
    public DataSplit train() {
        return train;
    }

    /** @return the validation split (carved from training when the source has none) */
    public DataSplit validation() {
        return validation;
    }

    /** @return the test split */
    public DataSplit test() {
        return test;
    }

    /** @return the augmentation for training batches, if turned on */
    public Optional<BatchAugmenter> augmenter() {
        return Optional.ofNullable(augmenter);
    }

    /** Builder of {@link GlyphDataset}. */
    public static final class Builder {
        private final String name;
        private List<String> classNames = List.of();
        private Shape inputShape = new Shape(1, 28, 28);
        private DataSplit train;
        private DataSplit validation;
        private DataSplit test;
        private BatchAugmenter augmenter;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * @param names class names, index = label
         * @return this builder
         */
        public Builder classNames(List<String> names) {
            this.classNames = names;
            return this;
        }

        /**
         * @param shape shape of one image, C × H × W; default 1 × 28 × 28
         * @return this builder
         */
        public Builder optInputShape(Shape shape) {
            this.inputShape = shape;
            return this;
        }

        /**
         * @param train the training split
         * @param validation the validation split
         * @param test the test split
         * @return this builder
         */
        public Builder splits(DataSplit train, DataSplit validation, DataSplit test) {
            this.train = train;
            this.validation = validation;
            this.test = test;
            return this;
        }

        /**
         * @param augmenter augmentation for training batches, or {@code null} for none
         * @return this builder
         */
        public Builder optAugmenter(BatchAugmenter augmenter) {
            this.augmenter = augmenter;
            return this;
        }

        /** @return the dataset */
        public GlyphDataset build() {
            return new GlyphDataset(this);
        }
    }
}
