package org.glyphtransfer.spark.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.PathRules;
import org.glyphtransfer.api.io.UserPaths;
import org.glyphtransfer.transfer.predict.AnswerPolicy;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;

/**
 * Classifies a folder, glob or Parquet table of images on Spark and writes one row per image
 * ({@link PredictionRows}) as Parquet or CSV:
 *
 * <pre>{@code
 * PredictionSummary s = SparkPrediction.builder(modelDir, "scans/", outDir).optTopK(3).build().run(spark);
 * }</pre>
 *
 * The model folder is broadcast once; each executor loads it once ({@link ExecutorModels}) and its
 * tasks share it; each task decodes and preprocesses its images as {@code glyph predict} does and
 * runs the forward passes in batches.
 */
public final class SparkPrediction {
    /** Default images per partition: large enough to batch, small enough to spread and retry. */
    public static final int DEFAULT_IMAGES_PER_PARTITION = 1024;

    private final Builder b;

    private SparkPrediction(Builder b) {
        this.b = b;
    }

    /**
     * @param modelDir a model folder written by {@code glyph pretrain} or {@code glyph transfer}
     * @param input a folder of images, a glob, or a Parquet table of {@code path, content}
     * @param output the folder to write the table to
     * @return a builder
     */
    public static Builder builder(Path modelDir, String input, Path output) {
        return new Builder(modelDir, input, output);
    }

    /**
     * @param model a model folder
     * @param p its provenance
     * @return its id: the folder's name and the first 12 hex digits of its parameters' SHA-256
     */
    public static String modelId(Path model, Provenance p) {
        String sha = p.parameterSha256() == null ? "" : p.parameterSha256();
        return model.toAbsolutePath().normalize().getFileName() + "@" + sha.substring(0, Math.min(12, sha.length()));
    }

    /**
     * Runs the job.
     *
     * @param spark the session to run in
     * @return what was written
     * @throws GlyphException when the model folder is no model, the output exists without
     *     overwrite or overlaps the model or input, the input holds no images, or (with
     *     {@link OnError#FAIL}) an image cannot be classified
     */
    public PredictionSummary run(SparkSession spark) {
        Provenance provenance = check();
        long start = System.nanoTime();
        ImageTable.Images images = ImageTable.read(spark, b.input);
        String id = modelId(b.model, provenance);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ShippedModel shipped = new ShippedModel(
                id,
                b.model.toAbsolutePath().normalize().getFileName().toString(),
                jsc.broadcast(ModelArchive.pack(b.model)),
                b.device,
                b.threadsPerTask,
                b.cascade);
        PartitionPredictor.JobCounters counters = new PartitionPredictor.JobCounters(
                jsc.sc().longAccumulator("rows"),
                jsc.sc().longAccumulator("failed"),
                jsc.sc().collectionAccumulator("model loads"));
        int partitions = (int)
                Math.max(jsc.defaultParallelism(), (images.count() + b.imagesPerPartition - 1) / b.imagesPerPartition);
        Dataset<Row> predicted = images.rows()
                .coalesce(partitions)
                .mapPartitions(
                        new PartitionPredictor(
                                shipped, new PredictionOptions(b.topK, b.batch, b.onError, b.policy), counters),
                        Encoders.row(PredictionRows.schema(b.topK)));
        String out = b.output.toString();
        write(predicted, out);
        Map<String, Integer> loads = new TreeMap<>();
        counters.loads().value().forEach(executor -> loads.merge(executor, 1, Integer::sum));
        return new PredictionSummary(
                out,
                images.count(),
                counters.rows().value(),
                counters.failed().value(),
                id,
                loads,
                (System.nanoTime() - start) / 1e9);
    }

    private void write(Dataset<Row> predicted, String out) {
        var writer = predicted.write().mode(b.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        try {
            if (b.format == OutputFormat.CSV) {
                writer.option("header", "true").csv(out);
            } else {
                writer.parquet(out);
            }
        } catch (Exception e) { // Spark throws SparkException, a checked type, without declaring it
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof GlyphException user) {
                    throw new GlyphException(user.getMessage(), e);
                }
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /**
     * Checks what can be checked before a Spark session starts: the model folder, the classes the
     * answer policy names, and the output against the model, the input and {@code overwrite}.
     *
     * @return the model's provenance
     * @throws GlyphException naming what is wrong
     */
    public Provenance check() {
        Provenance provenance = ModelFolder.readProvenance(b.model);
        // As glyph predict tells it, before anything is loaded.
        b.policy.allowed(provenance.classNames(), "in " + b.model);
        checkOutput();
        return provenance;
    }

    private void checkOutput() {
        PathRules.requireApart("--out", b.output, Map.of("the model folder", b.model));
        if (!b.input.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            // For a glob, the folder above its first wildcard is what it reads.
            String plain = b.input.replaceAll("[*?\\[{].*$", "");
            String folder = plain.equals(b.input) ? plain : plain.substring(0, plain.lastIndexOf('/') + 1);
            PathRules.requireApart("--out", b.output, Map.of("the input", Path.of(folder.isEmpty() ? "." : folder)));
        }
        if (Files.exists(b.output) && !b.overwrite) {
            throw new GlyphException("Output " + UserPaths.show(b.output)
                    + " already exists; pass --overwrite to replace it, or choose another --out.");
        }
    }

    /** Builder of {@link SparkPrediction}. */
    public static final class Builder {
        private final Path model;
        private final String input;
        private final Path output;
        private OutputFormat format = OutputFormat.PARQUET;
        private int topK = 3;
        private OnError onError = OnError.ROW;
        private boolean overwrite;
        private int imagesPerPartition = DEFAULT_IMAGES_PER_PARTITION;
        private int batch = 256;
        private String device = "cpu";
        private int threadsPerTask = 1;
        private AnswerPolicy policy = AnswerPolicy.answerAlways();
        private boolean cascade = true;

        private Builder(Path model, String input, Path output) {
            this.model = Objects.requireNonNull(model, "model");
            this.input = Objects.requireNonNull(input, "input");
            this.output = Objects.requireNonNull(output, "output");
        }

        /** @param f the table's format; default Parquet @return this builder */
        public Builder optFormat(OutputFormat f) {
            this.format = Objects.requireNonNull(f, "format");
            return this;
        }

        /** @param k classes per row, at least 1; default 3 @return this builder */
        public Builder optTopK(int k) {
            if (k < 1) {
                throw new GlyphException("--top " + k + " must be at least 1.");
            }
            this.topK = k;
            return this;
        }

        /** @param e what an unreadable image does; default an error row @return this builder */
        public Builder optOnError(OnError e) {
            this.onError = Objects.requireNonNull(e, "onError");
            return this;
        }

        /** @param yes replace an existing output; default false @return this builder */
        public Builder optOverwrite(boolean yes) {
            this.overwrite = yes;
            return this;
        }

        /** @param n images per Spark partition (task), at least 1; default 1024 @return this builder */
        public Builder optImagesPerPartition(int n) {
            if (n < 1) {
                throw new GlyphException("Images per partition must be at least 1, not " + n + ".");
            }
            this.imagesPerPartition = n;
            return this;
        }

        /** @param n images per forward pass, at least 1; default 256 @return this builder */
        public Builder optBatch(int n) {
            if (n < 1) {
                throw new GlyphException("Batch size must be at least 1, not " + n + ".");
            }
            this.batch = n;
            return this;
        }

        /** @param d the executors' device: cpu, gpu, gpu:N or auto; default cpu @return this builder */
        public Builder optDevice(String d) {
            this.device = Objects.requireNonNull(d, "device");
            return this;
        }

        /**
         * @param n intra-op threads of each executor's engine; default 1, as Spark runs one task per core
         * @return this builder
         */
        public Builder optThreadsPerTask(int n) {
            if (n < 0) {
                throw new GlyphException("Threads per task must be 0 (one per core) or more, not " + n + ".");
            }
            this.threadsPerTask = n;
            return this;
        }

        /**
         * @param p the classes answers are restricted to and the minimum confidence of an answer, as
         *     {@code glyph predict}'s; default: every class, always answered
         * @return this builder
         */
        public Builder optAnswerPolicy(AnswerPolicy p) {
            this.policy = Objects.requireNonNull(p, "policy");
            return this;
        }

        /**
         * @param use whether the specialists the model folder names decide among their classes; default true
         * @return this builder
         */
        public Builder optCascade(boolean use) {
            this.cascade = use;
            return this;
        }

        /** @return the job */
        public SparkPrediction build() {
            return new SparkPrediction(this);
        }
    }
}
