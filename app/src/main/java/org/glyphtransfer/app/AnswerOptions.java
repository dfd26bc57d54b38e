package org.glyphtransfer.app;

import java.util.Locale;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.predict.AnswerPolicy;
import picocli.CommandLine.Option;

/**
 * The options that say how a model answers: minimum confidence, class subset, cascade on or off.
 * A picocli mixin for every command that classifies ({@code glyph predict}, {@code glyph serve},
 * {@code glyph spark predict}, …), so each names and checks them alike.
 */
public final class AnswerOptions {
    @Option(
            names = "--min-confidence",
            paramLabel = "P",
            description = "Answer \"unknown\" when the best class has a probability below P (0 to 1; default 0).")
    Double minConfidence;

    @Option(
            names = "--classes",
            paramLabel = "LIST",
            description = "Answer only among these classes, renormalised: names and ranges by the model's class"
                    + " order, e.g. A-Z or O,0 or A-C,X.")
    String classes;

    @Option(
            names = "--no-cascade",
            description = "Ignore the specialists the model folder names; the main model decides alone.")
    boolean noCascade;

    /**
     * @return the policy of {@code --min-confidence} and {@code --classes}
     * @throws GlyphException when the minimum confidence is no probability or the class list is empty
     */
    public AnswerPolicy policy() {
        double p = minConfidence == null ? 0 : minConfidence;
        if (!(p >= 0 && p <= 1)) {
            throw new GlyphException(String.format(
                    Locale.ROOT, "--min-confidence %s must be a probability from 0 to 1, e.g. 0.9.", minConfidence));
        }
        if (classes != null && classes.isBlank()) {
            throw new GlyphException("--classes is empty; name classes like A-Z or O,0.");
        }
        return new AnswerPolicy(p, classes);
    }

    /** @return whether the specialists the model folder names take part (no {@code --no-cascade}) */
    public boolean cascade() {
        return !noCascade;
    }
}
