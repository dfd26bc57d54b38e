package org.glyphtransfer.transfer.report;

import java.util.Locale;
import org.glyphtransfer.transfer.eval.CascadeEffect;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.LookAlikePair;
import org.glyphtransfer.transfer.eval.RiskCoverage;

/**
 * The report's sections about answers: look-alike letter/digit pairs, what a cascade changed, the
 * answers at the minimum confidence asked for, and the risk–coverage table to choose one.
 */
final class AnswerSections {
    private AnswerSections() {}

    static void lookAlikes(StringBuilder md, Evaluation e) {
        if (e.lookAlikes().isEmpty()) {
            return;
        }
        md.append("\n## Look-alike pairs\n\n")
                .append("Letters and digits that handwriting makes hard to tell apart.\n\n")
                .append("| pair | first taken for second | second taken for first | samples | accuracy on the pair |\n")
                .append("|---|---|---|---|---|\n");
        for (LookAlikePair p : e.lookAlikes()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s / %s | %d | %d | %d | %s |%n",
                    p.first(),
                    p.second(),
                    p.firstAsSecond(),
                    p.secondAsFirst(),
                    p.samples(),
                    MarkdownReport.pct(p.accuracy())));
        }
    }

    static void cascade(StringBuilder md, Evaluation e) {
        if (e.cascade().isEmpty()) {
            return;
        }
        CascadeEffect c = e.cascade().get();
        md.append("\n## Cascade\n\n")
                .append("Whenever the main model's best class is one of a specialist's classes, the specialist"
                        + " decides among them.\n\n")
                .append("| samples | without the cascade | with the cascade | difference |\n|---|---|---|---|\n");
        row(md, "all", e.samples(), c.accuracyWithout(), c.accuracyWith());
        for (CascadeEffect.Subset s : c.subsets()) {
            row(md, "of " + String.join(", ", s.classes()), s.samples(), s.accuracyWithout(), s.accuracyWith());
        }
        md.append(String.format(Locale.ROOT, "%nThe cascade fixed %d answers and broke %d.%n", c.fixed(), c.broken()));
        if (!c.pairs().isEmpty()) {
            md.append("\n| true | predicted | without | with |\n|---|---|---|---|\n");
            for (CascadeEffect.PairChange p : c.pairs()) {
                md.append(String.format(
                        Locale.ROOT, "| %s | %s | %d | %d |%n", p.actual(), p.predicted(), p.without(), p.with()));
            }
        }
    }

    private static void row(StringBuilder md, String what, int samples, double without, double with) {
        md.append(String.format(
                Locale.ROOT,
                "| %s (%d) | %s | %s | %+.2f points |%n",
                what,
                samples,
                MarkdownReport.pct(without),
                MarkdownReport.pct(with),
                100 * (with - without)));
    }

    static void riskCoverage(StringBuilder md, Evaluation e) {
        md.append("\n## Risk–coverage\n\n");
        e.abstention()
                .ifPresent(a -> md.append(String.format(
                        Locale.ROOT,
                        "With minimum confidence %s: %d of %d samples answered (%s), accuracy of those %s;"
                                + " the others are answered \"unknown\".%n%n",
                        a.threshold(),
                        a.answered(),
                        e.samples(),
                        MarkdownReport.pct(a.coverage()),
                        MarkdownReport.pct(a.accuracy()))));
        md.append("Answering only when the best class has at least the given probability"
                        + " (`--min-confidence P`): the share answered and the accuracy of those answers.\n\n")
                .append("| minimum confidence | answered | coverage | accuracy of the answered |\n|---|---|---|---|\n");
        for (RiskCoverage r : e.riskCoverage()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s |%n",
                    r.threshold(),
                    r.answered(),
                    MarkdownReport.pct(r.coverage()),
                    r.answered() == 0 ? "n/a" : MarkdownReport.pct(r.accuracy())));
        }
        md.append("\n![risk–coverage](risk-coverage.png)\n");
    }
}
