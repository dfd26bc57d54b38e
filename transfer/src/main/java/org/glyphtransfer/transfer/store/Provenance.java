package org.glyphtransfer.transfer.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a trained model comes from, as recorded in {@code model.json}: architecture and its
 * options, class names, input shape, the dataset it was trained on, the training options, final
 * metrics, the seed, framework and engine versions, the model it was transferred from, and the
 * checksum of the parameter file. Immutable; serialised with Gson.
 */
public final class Provenance {
    /** Version of the model.json layout. */
    public static final int FORMAT = 1;

    private final int format;
    private final String architecture;
    private final Map<String, String> architectureOptions;
    private final List<String> classNames;
    private final long[] inputShape;
    private final String dataset;
    private final Map<String, String> datasetOptions;
    private final Map<String, Integer> datasetSizes;
    private final TrainingRecord training;
    private final Map<String, Double> metrics;
    private final long seed;
    private final Map<String, String> versions;
    private final String source;
    private final String parameterFile;
    private final String parameterSha256;
    private final String createdAt;
    /** Absent (null) for a model without specialists, so such a model.json keeps its earlier content. */
    private final List<Specialist> cascade;

    private Provenance(Builder b) {
        this.format = FORMAT;
        this.architecture = Objects.requireNonNull(b.architecture, "architecture");
        this.architectureOptions = Map.copyOf(b.architectureOptions);
        this.classNames = List.copyOf(b.classNames);
        this.inputShape = b.inputShape.clone();
        this.dataset = Objects.requireNonNull(b.dataset, "dataset");
        this.datasetOptions = Map.copyOf(b.datasetOptions);
        this.datasetSizes = Map.copyOf(b.datasetSizes);
        this.training = b.training;
        this.metrics = new LinkedHashMap<>(b.metrics);
        this.seed = b.seed;
        this.versions = Map.copyOf(b.versions);
        this.source = b.source;
        this.parameterFile = b.parameterFile;
        this.parameterSha256 = b.parameterSha256;
        this.createdAt = b.createdAt;
        this.cascade = b.cascade.isEmpty() ? null : List.copyOf(b.cascade);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder preset with this provenance's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.architecture = architecture;
        b.architectureOptions = architectureOptions;
        b.classNames = classNames;
        b.inputShape = inputShape.clone();
        b.dataset = dataset;
        b.datasetOptions = datasetOptions;
        b.datasetSizes = datasetSizes;
        b.training = training;
        b.metrics = metrics;
        b.seed = seed;
        b.versions = versions;
        b.source = source;
        b.parameterFile = parameterFile;
        b.parameterSha256 = parameterSha256;
        b.createdAt = createdAt;
        b.cascade = cascade();
        return b;
    }

    /** @return the model.json layout version */
    public int format() {
        return format;
    }

    /** @return the model plugin name */
    public String architecture() {
        return architecture;
    }

    /** @return the model plugin's options as text */
    public Map<String, String> architectureOptions() {
        return architectureOptions == null ? Map.of() : architectureOptions;
    }

    /** @return class names, index = label */
    public List<String> classNames() {
        return classNames;
    }

    /** @return the shape of one input, C × H × W; {@code null} only in a model.json that lacks it */
    public long[] inputShape() {
        return inputShape == null ? null : inputShape.clone();
    }

    /** @return the dataset plugin the model was trained on */
    public String dataset() {
        return dataset;
    }

    /** @return that dataset plugin's options as text */
    public Map<String, String> datasetOptions() {
        return datasetOptions == null ? Map.of() : datasetOptions;
    }

    /** @return train / validation / test sizes */
    public Map<String, Integer> datasetSizes() {
        return datasetSizes == null ? Map.of() : datasetSizes;
    }

    /** @return how the model was trained: its phases and device; empty for a model imported without training */
    public Optional<TrainingRecord> training() {
        return Optional.ofNullable(training);
    }

    /** @return final metrics, e.g. testAccuracy */
    public Map<String, Double> metrics() {
        return metrics == null ? Map.of() : metrics;
    }

    /** @return the random seed */
    public long seed() {
        return seed;
    }

    /** @return glyph, DJL, engine and Java versions */
    public Map<String, String> versions() {
        return versions == null ? Map.of() : versions;
    }

    /** @return the model folder this one was transferred from, or {@code null} */
    public String source() {
        return source;
    }

    /** @return the parameter file name inside the folder */
    public String parameterFile() {
        return parameterFile;
    }

    /** @return SHA-256 of the parameter file, hex */
    public String parameterSha256() {
        return parameterSha256;
    }

    /** @return ISO-8601 creation time */
    public String createdAt() {
        return createdAt;
    }

    /** @return the specialists that decide among subsets of the classes; empty for a model without a cascade */
    public List<Specialist> cascade() {
        return cascade == null ? List.of() : cascade;
    }

    /** Builder of {@link Provenance}. */
    public static final class Builder {
        private String architecture;
        private Map<String, String> architectureOptions = Map.of();
        private List<String> classNames = List.of();
        private long[] inputShape = {1, 28, 28};
        private String dataset;
        private Map<String, String> datasetOptions = Map.of();
        private Map<String, Integer> datasetSizes = Map.of();
        private TrainingRecord training;
        private Map<String, Double> metrics = Map.of();
        private long seed;
        private Map<String, String> versions = Map.of();
        private String source;
        private String parameterFile;
        private String parameterSha256;
        private String createdAt;
        private List<Specialist> cascade = List.of();

        private Builder() {}

        /**
         * @param name model plugin name
         * @param options its options as text
         * @return this builder
         */
        public Builder architecture(String name, Map<String, String> options) {
            this.architecture = name;
            this.architectureOptions = options;
            return this;
        }

        /**
         * @param names class names, index = label
         * @param shape one input, C × H × W
         * @return this builder
         */
        public Builder classes(List<String> names, long[] shape) {
            this.classNames = names;
            this.inputShape = shape.clone();
            return this;
        }

        /**
         * @param name dataset plugin name
         * @param options its options as text
         * @param sizes train / validation / test sizes
         * @return this builder
         */
        public Builder dataset(String name, Map<String, String> options, Map<String, Integer> sizes) {
            this.dataset = name;
            this.datasetOptions = options;
            this.datasetSizes = sizes;
            return this;
        }

        /**
         * @param training the phases that trained the model and where they ran
         * @return this builder
         */
        public Builder training(TrainingRecord training) {
            this.training = training;
            return this;
        }

        /**
         * @param metrics final metrics
         * @return this builder
         */
        public Builder metrics(Map<String, Double> metrics) {
            this.metrics = metrics;
            return this;
        }

        /**
         * @param seed the random seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param versions glyph, DJL, engine and Java versions
         * @return this builder
         */
        public Builder versions(Map<String, String> versions) {
            this.versions = versions;
            return this;
        }

        /**
         * @param source the model folder this one was transferred from
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * @param specialists the models that decide among subsets of the classes; empty for none
         * @return this builder
         */
        public Builder cascade(List<Specialist> specialists) {
            this.cascade = List.copyOf(specialists);
            return this;
        }

        Builder parameters(String file, String sha256, String created) {
            this.parameterFile = file;
            this.parameterSha256 = sha256;
            this.createdAt = created;
            return this;
        }

        /** @return the provenance */
        public Provenance build() {
            return new Provenance(this);
        }
    }
}
