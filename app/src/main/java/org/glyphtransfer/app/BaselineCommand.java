package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.glyphtransfer.baselines.Baseline;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.TrainedModel;
import org.glyphtransfer.transfer.report.ReportWriter;
import org.glyphtransfer.transfer.train.ConsoleProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph baseline}: train a classic learner (Tribuo) on a dataset's splits and save it as a model folder. */
@Command(
        name = "baseline",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Train a classic learner on a dataset's training split, test it, and save a model folder that evaluate,"
                    + " predict and serve take.",
            "Methods and their options (--method-option KEY=VALUE, defaults in brackets):",
            "  knn            k [3], distance l2|l1|cosine [l2]",
            "  svm            C [5], kernel rbf|linear|poly|sigmoid [rbf], gamma [0.05], degree [3], cache-mb [500]",
            "  linear-svm     C [1], max-iterations [1000]",
            "  random-forest  trees [50], depth [0 = unlimited], features [0 = sqrt of the pixels]",
            "  logistic       epochs [10], lr [0.5], batch [1]",
            "  xgboost        trees [100], depth [6], eta [0.3]",
            "--threads is used by knn, random-forest (its trees grow on that many threads) and xgboost;"
                    + " Tribuo trains the others on one thread."
        })
final class BaselineCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--method",
            required = true,
            paramLabel = "NAME",
            description = "knn, svm, linear-svm, random-forest, logistic or xgboost.")
    String method;

    @Option(
            names = "--method-option",
            paramLabel = "KEY=VALUE",
            description = "Option of the method, e.g. k=3 or C=5 (repeatable).")
    List<String> methodOptions;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset plugin, e.g. mnist.")
    String dataset;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Dataset plugin option (repeatable).")
    List<String> datasetOptions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model folder to write.")
    Path out;

    @Option(names = "--overwrite", description = "Write into an existing folder that glyph did not make.")
    boolean overwrite;

    @Override
    public void run() {
        TrainedModel trained = Baseline.of(method)
                .withOptions(OptionPairs.parse(methodOptions, "--method-option"))
                .on(DatasetChoice.of(dataset, OptionPairs.parse(datasetOptions, "--option")))
                .saveTo(out)
                .writePolicy(Policies.write(overwrite))
                .runtime(root.runtime())
                .run();
        PrintWriter w = spec.commandLine().getOut();
        w.printf(
                Locale.ROOT,
                "%n%s: test accuracy %.2f%%, training %s, prediction of %,d test images %s%n",
                trained.label(),
                100 * trained.testAccuracy(),
                ConsoleProgress.duration(trained.trainingSeconds()),
                trained.evaluation().samples(),
                ConsoleProgress.duration(trained.evaluation().seconds()));
        trained.facts().forEach((k, v) -> w.println("  " + k + ": " + v));
        w.println();
        w.println("model folder: " + out);
        for (String f : ReportWriter.FILES) {
            Path p = out.resolve(f);
            if (Files.exists(p)) {
                w.println("  " + p);
            }
        }
        w.flush();
    }
}
