package org.glyphtransfer.spark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.app.AnswerOptions;
import org.glyphtransfer.spark.predict.OnError;
import org.glyphtransfer.spark.predict.OutputFormat;
import org.glyphtransfer.spark.predict.PredictionSummary;
import org.glyphtransfer.spark.predict.SparkPrediction;
import org.glyphtransfer.spark.session.GlyphSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph spark predict}: one row per image of a folder, glob or Parquet table, written as Parquet or CSV. */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Classify a folder, glob or Parquet table of images on Spark; one row per image.")
final class SparkPredictCommand implements Runnable {
    @ParentCommand
    SparkCommand spark;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder.")
    Path model;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FOLDER|GLOB|PARQUET",
            description =
                    "A folder searched for PNG, JPEG, GIF and BMP files, a glob, or a Parquet table (path, content).")
    String input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder of the table.")
    Path out;

    @Option(
            names = "--format",
            defaultValue = "parquet",
            paramLabel = "parquet|csv",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--master",
            defaultValue = "local[*]",
            paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(
            names = "--top",
            defaultValue = "3",
            paramLabel = "K",
            description = "Classes per row (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--on-error",
            defaultValue = "row",
            paramLabel = "row|fail",
            description =
                    "An unreadable image gives a row with an error, or fails the job (default: ${DEFAULT-VALUE}).")
    String onError;

    @Option(
            names = "--images-per-task",
            defaultValue = "1024",
            paramLabel = "N",
            description = "Images per Spark task (default: ${DEFAULT-VALUE}).")
    int imagesPerTask;

    @Option(names = "--overwrite", description = "Replace an existing output folder.")
    boolean overwrite;

    @Mixin
    AnswerOptions answers;

    @Override
    public void run() {
        SparkPrediction job = SparkPrediction.builder(model, input, out)
                .optFormat(choice(OutputFormat.class, "--format", format))
                .optOnError(choice(OnError.class, "--on-error", onError))
                .optTopK(top)
                .optOverwrite(overwrite)
                .optAnswerPolicy(answers.policy())
                .optCascade(answers.cascade())
                .optImagesPerPartition(imagesPerTask)
                .optDevice(spark.root.engineOptions().device().toString())
                .optThreadsPerTask(Math.max(1, spark.root.engineOptions().threads()))
                .build();
        job.check();
        long start = System.nanoTime();
        SparkSession session = GlyphSpark.session(master, "glyph spark predict");
        double startup = (System.nanoTime() - start) / 1e9;
        String used = session.sparkContext().master();
        PredictionSummary s;
        try {
            s = job.run(session);
        } finally {
            session.stop();
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Spark session on %s started in %.1f s%n", used, startup);
        w.printf(
                Locale.ROOT,
                "%d images, %d rows (%d with an error) in %.1f s: %.0f images/s; model %s loaded %s%n",
                s.inputs(),
                s.rows(),
                s.failed(),
                s.seconds(),
                s.rows() / Math.max(1e-9, s.seconds()),
                s.modelId(),
                s.loadsPerExecutor().isEmpty() ? "before" : "per executor " + s.loadsPerExecutor());
        w.println("written to " + s.output());
        w.flush();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new GlyphException(option + " '" + value + "' is not one of "
                + java.util.Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT))
                        .toList()
                + ".");
    }
}
