package org.glyphtransfer.spark.predict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.UserPaths;
import org.glyphtransfer.transfer.predict.AnswerPolicy;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;

/**
 * Classifies one partition of {@code (path, content)} rows: the executor's shared model, images
 * decoded and preprocessed as {@code glyph predict} does, forward passes in batches. Rows come
 * out in input order, one per input row; an image that cannot be decoded gives an error row or
 * fails the task, as chosen.
 */
final class PartitionPredictor implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final ShippedModel model;
    private final int topK;
    private final int batch;
    private final OnError onError;
    private final AnswerPolicy policy;
    private final JobCounters counters;

    PartitionPredictor(ShippedModel model, PredictionOptions options, JobCounters counters) {
        this.model = model;
        this.topK = options.topK();
        this.batch = options.batch();
        this.onError = options.onError();
        this.policy = options.policy();
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Predictor predictor = ExecutorModels.predictor(
                model, () -> counters.loads().add(SparkEnv.get().executorId()));
        return new Iterator<>() {
            private Iterator<Row> ready = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!ready.hasNext() && input.hasNext()) {
                    ready = nextBatch(predictor, input).iterator();
                }
                return ready.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.next();
            }
        };
    }

    private List<Row> nextBatch(Predictor predictor, Iterator<Row> input) {
        List<String> paths = new ArrayList<>(batch);
        List<float[]> inputs = new ArrayList<>(batch);
        List<String> errors = new ArrayList<>(batch);
        while (paths.size() < batch && input.hasNext()) {
            Row row = input.next();
            String path = row.getString(0);
            paths.add(path);
            try {
                byte[] content = row.isNullAt(1) ? new byte[0] : (byte[]) row.get(1);
                inputs.add(predictor.preprocess(decode(predictor, content, path)));
                errors.add(null);
            } catch (RuntimeException e) {
                if (onError == OnError.FAIL) {
                    throw e instanceof GlyphException g ? g : new GlyphException(reason(path, e), e);
                }
                inputs.add(null);
                errors.add(e instanceof GlyphException ? e.getMessage() : reason(path, e));
            }
        }
        List<Prediction> predictions =
                predictor.predictInputs(inputs.stream().filter(x -> x != null).toList(), topK);
        List<Row> rows = new ArrayList<>(paths.size());
        int next = 0;
        for (int i = 0; i < paths.size(); i++) {
            if (errors.get(i) == null) {
                Prediction p = predictions.get(next++).answering(policy, "in " + model.folderName());
                rows.add(PredictionRows.of(paths.get(i), p, topK, model.id()));
            } else {
                rows.add(PredictionRows.failed(paths.get(i), errors.get(i), topK, model.id()));
                counters.failed().add(1);
            }
        }
        counters.rows().add(rows.size());
        return rows;
    }

    private static java.awt.image.BufferedImage decode(Predictor predictor, byte[] content, String path) {
        try {
            return predictor.decoder().decode(content, "file " + path);
        } catch (GlyphException e) {
            // The path as the user wrote it, worked out only for the rare image that cannot be decoded.
            return predictor.decoder().decode(content, "file " + shown(path));
        }
    }

    private static String reason(String path, RuntimeException e) {
        return "Image file " + shown(path) + " cannot be classified (" + e + ").";
    }

    /** A local file's path as the user wrote it, not as Spark's {@code file:} URI. */
    static String shown(String path) {
        if (path.startsWith("file:")) {
            try {
                return UserPaths.show(java.nio.file.Path.of(java.net.URI.create(path)));
            } catch (IllegalArgumentException e) {
                return UserPaths.show(path);
            }
        }
        return UserPaths.show(path);
    }

    /**
     * The job's accumulators.
     *
     * @param rows rows written
     * @param failed rows with an error
     * @param loads the executor id of every model load
     */
    record JobCounters(LongAccumulator rows, LongAccumulator failed, CollectionAccumulator<String> loads)
            implements java.io.Serializable {}
}
