package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.ModelEvaluation;
import org.glyphtransfer.transfer.eval.ClassMetrics;
import org.glyphtransfer.transfer.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph evaluate}: test a saved model on a dataset; optionally write a report. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Evaluate a model folder on a dataset's test split (default: the dataset it was trained on).")
final class EvaluateCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder.")
    Path model;

    @Option(
            names = "--dataset",
            paramLabel = "NAME",
            description = "Dataset plugin (default: the model's training dataset).")
    String dataset;

    @Option(
            names = "--option",
            paramLabel = "KEY=VALUE",
            description =
                    "Dataset plugin option (repeatable); without --dataset, on top of the model's own dataset options.")
    List<String> datasetOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Write report.json, report.md and plots here.")
    Path out;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--overwrite", description = "Write the report into an existing folder that glyph did not make.")
    boolean overwrite;

    @Mixin
    AnswerOptions answers;

    @Override
    public void run() {
        ModelEvaluation evaluation = ModelEvaluation.of(model)
                .runtime(root.runtime())
                .withDatasetOptions(OptionPairs.parse(datasetOptions, "--option"))
                .answering(answers.policy())
                .cascade(answers.cascade());
        if (dataset != null) {
            evaluation.on(DatasetChoice.of(dataset, java.util.Map.of()));
        }
        if (out != null) {
            evaluation.reportTo(out).writePolicy(Policies.write(overwrite));
        }
        Evaluation e = evaluation.run();
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(PluginListing.JSON.toJson(e));
            w.flush();
            return;
        }
        w.printf(
                Locale.ROOT,
                "%s on %d test samples: accuracy %.2f%%, loss %.4f, macro F1 %.4f%n",
                model,
                e.samples(),
                100 * e.accuracy(),
                e.loss(),
                e.macroAverage().f1());
        TextTable t = new TextTable("CLASS", "PRECISION", "RECALL", "F1", "SUPPORT").alignRight(1, 2, 3, 4);
        for (ClassMetrics c : e.perClass()) {
            t.row(c.name(), f(c.precision()), f(c.recall()), f(c.f1()), c.support());
        }
        t.row(
                e.macroAverage().name(),
                f(e.macroAverage().precision()),
                f(e.macroAverage().recall()),
                f(e.macroAverage().f1()),
                e.samples());
        t.print(w);
        EvaluationSummary.print(w, e);
        if (out != null) {
            w.println("report written to " + out);
        }
        w.flush();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
