package org.glyphtransfer.spark.predict;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.glyphtransfer.transfer.predict.ClassScore;
import org.glyphtransfer.transfer.predict.Prediction;

/**
 * The columns of a prediction table, flat so that CSV and Parquet hold the same thing:
 * {@code path, answer, class_1, probability_1, …, class_K, probability_K, model, error}. The
 * answer is the best class, or {@code unknown} when it is below the minimum confidence, as
 * {@code glyph predict} answers; with a class subset only those classes are ranked, their
 * probabilities renormalised. A row for an image that could not be read has a null answer, classes
 * and probabilities and the reason in {@code error}.
 */
public final class PredictionRows {
    /** The path column. */
    public static final String PATH = "path";
    /** The answer column: the best class, or {@code unknown} below the minimum confidence. */
    public static final String ANSWER = "answer";
    /** The model id column. */
    public static final String MODEL = "model";
    /** The error column: null for a classified image. */
    public static final String ERROR = "error";

    private PredictionRows() {}

    /** @param rank 1 for the most probable class @return its class column */
    public static String classColumn(int rank) {
        return "class_" + rank;
    }

    /** @param rank 1 for the most probable class @return its probability column */
    public static String probabilityColumn(int rank) {
        return "probability_" + rank;
    }

    /**
     * @param topK classes per row
     * @return the table's schema
     */
    public static StructType schema(int topK) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(PATH, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(ANSWER, DataTypes.StringType, true));
        for (int k = 1; k <= topK; k++) {
            fields.add(DataTypes.createStructField(classColumn(k), DataTypes.StringType, true));
            fields.add(DataTypes.createStructField(probabilityColumn(k), DataTypes.FloatType, true));
        }
        fields.add(DataTypes.createStructField(MODEL, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(ERROR, DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    static Row of(String path, Prediction p, int topK, String model) {
        Object[] values = new Object[2 * topK + 4];
        values[0] = path;
        values[1] = p.answer();
        List<ClassScore> top = p.top();
        for (int k = 0; k < topK && k < top.size(); k++) {
            values[2 + 2 * k] = top.get(k).name();
            values[3 + 2 * k] = top.get(k).probability();
        }
        values[values.length - 2] = model;
        return RowFactory.create(values);
    }

    static Row failed(String path, String error, int topK, String model) {
        Object[] values = new Object[2 * topK + 4];
        values[0] = path;
        values[values.length - 2] = model;
        values[values.length - 1] = error;
        return RowFactory.create(values);
    }
}
