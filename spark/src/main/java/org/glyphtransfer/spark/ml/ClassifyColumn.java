package org.glyphtransfer.spark.ml;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.spark.predict.ExecutorModels;
import org.glyphtransfer.spark.predict.ShippedModel;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;

/** Adds the prediction struct to every row of a partition, classifying its images in batches. */
final class ClassifyColumn implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final int BATCH = 256;

    private final ShippedModel model;
    private final int column;
    private final int topK;

    ClassifyColumn(ShippedModel model, int column, int topK) {
        this.model = model;
        this.column = column;
        this.topK = topK;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Predictor predictor = ExecutorModels.predictor(model, () -> {});
        return new Iterator<>() {
            private Iterator<Row> ready = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!ready.hasNext() && input.hasNext()) {
                    List<Row> batch = new ArrayList<>(BATCH);
                    while (batch.size() < BATCH && input.hasNext()) {
                        batch.add(input.next());
                    }
                    List<Row> out = new ArrayList<>(batch.size());
                    classify(predictor, batch, out);
                    ready = out.iterator();
                }
                return ready.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return ready.next();
            }
        };
    }

    private void classify(Predictor predictor, List<Row> rows, List<Row> out) {
        List<float[]> inputs = new ArrayList<>();
        String[] errors = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            try {
                inputs.add(predictor.preprocess(
                        SparkImages.of(rows.get(i).get(column), predictor.decoder(), "in row " + i + " of a batch")));
            } catch (GlyphException e) {
                errors[i] = e.getMessage();
            }
        }
        List<Prediction> predictions = predictor.predictInputs(inputs, topK);
        int next = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row prediction = errors[i] == null
                    ? GlyphClassifier.predictionRow(predictions.get(next++), topK)
                    : RowFactory.create(null, null, null, null, errors[i]);
            Object[] values = new Object[rows.get(i).length() + 1];
            for (int c = 0; c < values.length - 1; c++) {
                values[c] = rows.get(i).get(c);
            }
            values[values.length - 1] = prediction;
            out.add(RowFactory.create(values));
        }
    }
}
