package org.glyphtransfer.spark.ml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.spark.predict.ModelArchive;
import org.glyphtransfer.spark.predict.ShippedModel;
import org.glyphtransfer.spark.predict.SparkPrediction;
import org.glyphtransfer.transfer.predict.ClassScore;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.store.ModelFolder;

/**
 * A Spark ML {@link Transformer} that classifies an image column with a glyph model folder and
 * adds a prediction struct ({@code class, probability, classes, probabilities, error}):
 *
 * <pre>{@code
 * Dataset<Row> scans = spark.read().format("binaryFile").load("scans/");
 * Dataset<Row> out = new GlyphClassifier().setModelPath("letters-model").setInputCol("content")
 *         .setOutputCol("prediction").transform(scans);
 * }</pre>
 *
 * The input column holds encoded image bytes ({@code binaryFile}) or a struct of Spark's
 * {@code image} source. As in {@link SparkPrediction}, the model is broadcast, loaded once per
 * executor and shared by its tasks, and images get the preprocessing of {@code glyph predict}; an
 * image that cannot be read gets a null class and the reason in {@code error}.
 */
public final class GlyphClassifier extends Transformer {
    private static final long serialVersionUID = 1L;

    private final String uid;
    // Spark finds a stage's params through public no-argument methods, so each has one below.
    private final Param<String> modelPath;
    private final Param<String> inputCol;
    private final Param<String> outputCol;
    private final IntParam topK;

    /** A classifier with a random uid. */
    public GlyphClassifier() {
        this(Identifiable$.MODULE$.randomUID("glyphClassifier"));
    }

    /** @param uid the transformer's uid */
    public GlyphClassifier(String uid) {
        this.uid = uid;
        modelPath = new Param<>(this, "modelPath", "model folder written by glyph pretrain or transfer");
        inputCol = new Param<>(this, "inputCol", "image column: encoded bytes or a Spark image struct");
        outputCol = new Param<>(this, "outputCol", "prediction column to add");
        topK = new IntParam(this, "topK", "classes kept per image (>= 1)", ParamValidators.gtEq(1));
        setDefault(inputCol, "content");
        setDefault(outputCol, "prediction");
        setDefault(topK, 3);
    }

    /** @return the model folder param: a folder on a file system the driver reads */
    public Param<String> modelPath() {
        return modelPath;
    }

    /** @return the image column param */
    public Param<String> inputCol() {
        return inputCol;
    }

    /** @return the prediction column param */
    public Param<String> outputCol() {
        return outputCol;
    }

    /** @return the param of classes kept per image */
    public IntParam topK() {
        return topK;
    }

    /** @param value the model folder @return this */
    public GlyphClassifier setModelPath(String value) {
        set(modelPath, value);
        return this;
    }

    /** @param value the image column; default {@code content} @return this */
    public GlyphClassifier setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    /** @param value the prediction column; default {@code prediction} @return this */
    public GlyphClassifier setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    /** @param value classes kept per image; default 3 @return this */
    public GlyphClassifier setTopK(int value) {
        set(topK, value);
        return this;
    }

    /** @return the struct of the prediction column */
    public static StructType predictionType() {
        return DataTypes.createStructType(List.of(
                DataTypes.createStructField("class", DataTypes.StringType, true),
                DataTypes.createStructField("probability", DataTypes.FloatType, true),
                DataTypes.createStructField("classes", DataTypes.createArrayType(DataTypes.StringType), true),
                DataTypes.createStructField("probabilities", DataTypes.createArrayType(DataTypes.FloatType), true),
                DataTypes.createStructField("error", DataTypes.StringType, true)));
    }

    static Row predictionRow(Prediction p, int topK) {
        List<String> classes = new ArrayList<>();
        List<Float> probabilities = new ArrayList<>();
        for (ClassScore s : p.top().subList(0, Math.min(topK, p.top().size()))) {
            classes.add(s.name());
            probabilities.add(s.probability());
        }
        return RowFactory.create(
                p.best().name(),
                p.best().probability(),
                classes.toArray(String[]::new),
                probabilities.toArray(Float[]::new),
                null);
    }

    @Override
    public Dataset<Row> transform(Dataset<?> data) {
        StructType out = transformSchema(data.schema());
        if (!isDefined(modelPath)) {
            throw new GlyphException("GlyphClassifier needs a model folder; call setModelPath.");
        }
        Path model = Path.of($(modelPath));
        String id = SparkPrediction.modelId(model, ModelFolder.readProvenance(model));
        JavaSparkContext jsc =
                JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext());
        ShippedModel shipped = new ShippedModel(
                id,
                model.toAbsolutePath().normalize().getFileName().toString(),
                jsc.broadcast(ModelArchive.pack(model)),
                "cpu",
                1,
                true);
        int column = data.schema().fieldIndex($(inputCol));
        return data.toDF().mapPartitions(new ClassifyColumn(shipped, column, (Integer) $(topK)), Encoders.row(out));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        String in = $(inputCol);
        if (!List.of(schema.fieldNames()).contains(in)) {
            throw new GlyphException("GlyphClassifier's input column '" + in + "' is not among "
                    + List.of(schema.fieldNames()) + "; set inputCol to the image column.");
        }
        StructField field = schema.apply(in);
        boolean image = field.dataType() instanceof StructType s
                && List.of(s.fieldNames()).containsAll(List.of("height", "width", "nChannels", "data"));
        if (!(field.dataType() instanceof BinaryType) && !image) {
            throw new GlyphException("GlyphClassifier's input column '" + in + "' is of type "
                    + field.dataType().simpleString()
                    + "; it needs encoded image bytes (binary) or a Spark image struct.");
        }
        if (List.of(schema.fieldNames()).contains($(outputCol))) {
            throw new GlyphException("GlyphClassifier's output column '" + $(outputCol) + "' exists already; "
                    + "choose another outputCol.");
        }
        return schema.add(DataTypes.createStructField($(outputCol), predictionType(), false));
    }

    @Override
    public GlyphClassifier copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    @Override
    public String uid() {
        return uid;
    }
}
