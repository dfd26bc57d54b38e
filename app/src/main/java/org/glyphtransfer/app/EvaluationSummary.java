package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.glyphtransfer.transfer.eval.CascadeEffect;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.LookAlikePair;
import org.glyphtransfer.transfer.eval.RiskCoverage;

/** The lines {@code glyph evaluate} prints after the class table: look-alikes, cascade, abstention. */
final class EvaluationSummary {
    private EvaluationSummary() {}

    static void print(PrintWriter w, Evaluation e) {
        for (LookAlikePair p : e.lookAlikes()) {
            w.printf(
                    Locale.ROOT,
                    "look-alikes %s/%s: %d %s taken for %s, %d %s taken for %s, accuracy on the pair %.2f%%%n",
                    p.first(),
                    p.second(),
                    p.firstAsSecond(),
                    p.first(),
                    p.second(),
                    p.secondAsFirst(),
                    p.second(),
                    p.first(),
                    100 * p.accuracy());
        }
        e.cascade().ifPresent(c -> cascade(w, c));
        e.abstention().ifPresent(a -> abstention(w, a, e.samples()));
    }

    private static void cascade(PrintWriter w, CascadeEffect c) {
        w.printf(
                Locale.ROOT,
                "cascade: accuracy %.2f%% without, %.2f%% with (%d answers fixed, %d broken)%n",
                100 * c.accuracyWithout(),
                100 * c.accuracyWith(),
                c.fixed(),
                c.broken());
        for (CascadeEffect.Subset s : c.subsets()) {
            w.printf(
                    Locale.ROOT,
                    "cascade on %s (%d samples): %.2f%% without, %.2f%% with%n",
                    String.join(", ", s.classes()),
                    s.samples(),
                    100 * s.accuracyWithout(),
                    100 * s.accuracyWith());
        }
    }

    private static void abstention(PrintWriter w, RiskCoverage a, int samples) {
        w.printf(
                Locale.ROOT,
                "min confidence %s: %d of %d answered (%.2f%%), accuracy of those %s; the rest \"unknown\"%n",
                a.threshold(),
                a.answered(),
                samples,
                100 * a.coverage(),
                a.answered() == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * a.accuracy()));
    }
}
