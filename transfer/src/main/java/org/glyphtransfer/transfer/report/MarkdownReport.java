package org.glyphtransfer.transfer.report;

import java.util.List;
import java.util.Locale;
import org.glyphtransfer.transfer.TrainedModel;
import org.glyphtransfer.transfer.eval.ClassMetrics;
import org.glyphtransfer.transfer.eval.ConfidenceStats;
import org.glyphtransfer.transfer.eval.ConfusedPair;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.train.EpochStats;
import org.glyphtransfer.transfer.train.PhaseOutcome;
import org.glyphtransfer.transfer.train.PhaseResult;

/** Renders a run as Markdown: summary, phases, per-class metrics, confidences, confusions, plots. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(TrainedModel model, TrainedModel baseline) {
        StringBuilder md = new StringBuilder();
        Provenance p = model.provenance();
        Evaluation e = model.evaluation();
        md.append("# ").append(model.label()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "architecture", p.architecture() + " " + p.architectureOptions());
        row(md, "dataset", p.dataset() + " " + p.datasetOptions());
        row(
                md,
                "sizes (train / validation / test)",
                p.datasetSizes().get("train") + " / " + p.datasetSizes().get("validation") + " / "
                        + p.datasetSizes().get("test"));
        row(md, "classes", String.valueOf(p.classNames().size()));
        if (p.source() != null) {
            row(md, "transferred from", p.source());
        }
        row(md, "seed", String.valueOf(p.seed()));
        row(md, "**test accuracy**", "**" + pct(e.accuracy()) + "**");
        row(md, "test loss", f4(e.loss()));
        row(md, "macro F1", f4(e.macroAverage().f1()));
        row(md, "training time", String.format(Locale.ROOT, "%.1f s", model.trainingSeconds()));
        row(md, "test prediction time", String.format(Locale.ROOT, "%.1f s", e.seconds()));
        model.facts().forEach((key, value) -> row(md, key, value));
        row(md, "versions", p.versions().toString());
        if (baseline != null) {
            md.append("\n## Transfer vs. scratch\n\n| run | test accuracy | training time |\n|---|---|---|\n");
            md.append("| ")
                    .append(model.label())
                    .append(" | ")
                    .append(pct(e.accuracy()))
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f s", model.trainingSeconds()))
                    .append(" |\n");
            md.append("| ")
                    .append(baseline.label())
                    .append(" | ")
                    .append(pct(baseline.evaluation().accuracy()))
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f s", baseline.trainingSeconds()))
                    .append(" |\n");
            md.append(String.format(
                    Locale.ROOT,
                    "\nDifference: %+.2f points.\n",
                    100 * (e.accuracy() - baseline.evaluation().accuracy())));
        }
        boolean epochs = !model.phases().isEmpty()
                || (baseline != null && !baseline.phases().isEmpty());
        // A model trained in one step (a classic baseline, or an evaluation) has no phases or epochs to show.
        if (epochs) {
            md.append(
                    "\n## Phases\n\n| phase | epochs run | best epoch | stopped early | trainable | frozen | lr | batch | optimiser | time | test accuracy after |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            appendPhases(md, model.phases());
            if (baseline != null) {
                appendPhases(md, baseline.phases());
            }
            md.append("\n![loss and accuracy per epoch](curves.png)\n");
        }
        md.append(
                "\n## Per-class metrics (test)\n\n| class | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
        for (ClassMetrics c : e.perClass()) {
            classRow(md, c);
        }
        classRow(md, e.macroAverage());
        classRow(md, e.weightedAverage());
        md.append(
                "\n## Prediction confidence\n\n| predictions | count | mean | std | min | max |\n|---|---|---|---|---|---|\n");
        confidenceRow(md, "all", e.confidence());
        confidenceRow(md, "wrong", e.wrongConfidence());
        md.append("\n## Most confused pairs\n\n| true | predicted | count |\n|---|---|---|\n");
        for (ConfusedPair pair : e.mostConfused()) {
            md.append("| ")
                    .append(pair.actual())
                    .append(" | ")
                    .append(pair.predicted())
                    .append(" | ")
                    .append(pair.count())
                    .append(" |\n");
        }
        AnswerSections.lookAlikes(md, e);
        AnswerSections.cascade(md, e);
        AnswerSections.riskCoverage(md, e);
        md.append("\n![confusion matrix](confusion.png)\n\n![misclassified test samples](misclassified.png)\n");
        if (!epochs) {
            return md.toString();
        }
        md.append(
                "\n## Epochs\n\n| phase | epoch | loss | accuracy | val loss | val accuracy | lr | seconds | images/s |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (PhaseOutcome o : model.phases()) {
            for (EpochStats s : o.phase().epochs()) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.4f | %.4f | %.4f | %.4f | %.2g | %.1f | %.0f |%n",
                        s.phase(),
                        s.epoch(),
                        s.trainLoss(),
                        s.trainAccuracy(),
                        s.validationLoss(),
                        s.validationAccuracy(),
                        s.learningRate(),
                        s.seconds(),
                        s.imagesPerSecond()));
            }
        }
        return md.toString();
    }

    private static void appendPhases(StringBuilder md, List<PhaseOutcome> phases) {
        for (PhaseOutcome o : phases) {
            PhaseResult r = o.phase();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %s | %,d | %,d | %s | %s | %s | %.1f s | %s |%n",
                    r.name(),
                    r.epochs().size(),
                    r.bestEpoch(),
                    r.stoppedEarly() ? "yes" : "no",
                    r.trainableParameters(),
                    r.frozenParameters(),
                    r.phase().learningRate(),
                    r.phase().batchSize(),
                    r.phase().optimizer().label(),
                    r.seconds(),
                    pct(o.testAccuracy())));
        }
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    private static void classRow(StringBuilder md, ClassMetrics c) {
        md.append(String.format(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %.3f | %d |%n",
                c.name(),
                c.precision(),
                c.recall(),
                c.f1(),
                c.support()));
    }

    private static void confidenceRow(StringBuilder md, String label, ConfidenceStats s) {
        md.append(String.format(
                Locale.ROOT,
                "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n",
                label,
                s.count(),
                s.mean(),
                s.std(),
                s.min(),
                s.max()));
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
