package org.glyphtransfer.transfer.predict;

import java.util.List;
import java.util.Locale;
import org.glyphtransfer.api.ClassSelection;
import org.glyphtransfer.api.GlyphException;

/**
 * When a model may answer and among which classes: below {@code minConfidence} the answer is
 * {@link #UNKNOWN}, and with {@code classes} set (e.g. {@code A-Z} or {@code O,0}, ranges by the model's
 * class order) only those classes can be answered, their probabilities renormalised to sum to one.
 * A word has no digits, so {@code classes=A-Z} on a digits-and-letters model never answers {@code 0}
 * for an {@code O}. Immutable; {@link #answerAlways()} is the policy that changes nothing.
 *
 * @param minConfidence answers below this probability become {@link #UNKNOWN}; 0 = always answer
 * @param classes the classes that may be answered, as a list or ranges; {@code null} = every class
 */
public record AnswerPolicy(double minConfidence, String classes) implements java.io.Serializable {
    /** What a prediction says when it is not confident enough. */
    public static final String UNKNOWN = "unknown";

    /**
     * @throws GlyphException when {@code minConfidence} is not in [0, 1] or {@code classes} is blank
     */
    public AnswerPolicy {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new GlyphException(String.format(
                    Locale.ROOT, "Minimum confidence %s must be a probability from 0 to 1 (e.g. 0.9).", minConfidence));
        }
        if (classes != null && classes.isBlank()) {
            throw new GlyphException("The classes to answer among are empty; name classes like A-Z or O,0.");
        }
    }

    /** @return the policy that always answers, among every class */
    public static AnswerPolicy answerAlways() {
        return new AnswerPolicy(0, null);
    }

    /**
     * @param p answers below this probability become {@link #UNKNOWN}
     * @return a copy with that threshold
     */
    public AnswerPolicy withMinConfidence(double p) {
        return new AnswerPolicy(p, classes);
    }

    /**
     * @param subset the classes that may be answered, e.g. {@code A-Z}, {@code O,0} or {@code A-C,X}
     * @return a copy restricted to them
     */
    public AnswerPolicy withClasses(String subset) {
        return new AnswerPolicy(minConfidence, subset);
    }

    /** @return whether the policy leaves every prediction as it is */
    public boolean isAnswerAlways() {
        return minConfidence == 0 && classes == null;
    }

    /**
     * Which of a model's classes may be answered.
     *
     * @param classNames the model's classes, index = label
     * @param model the model, for messages (e.g. its folder)
     * @return one flag per class
     * @throws GlyphException naming a class the model does not have
     */
    public boolean[] allowed(List<String> classNames, String model) {
        boolean[] allowed = new boolean[classNames.size()];
        if (classes == null) {
            java.util.Arrays.fill(allowed, true);
            return allowed;
        }
        for (String name : ClassSelection.parse("the model " + model, "classes", classes, classNames)) {
            allowed[classNames.indexOf(name)] = true;
        }
        return allowed;
    }

    /**
     * One sample's probabilities restricted to the allowed classes and renormalised; the others get 0.
     * When every allowed class has probability 0 (underflow), they share the probability equally.
     *
     * @param probabilities one probability per class
     * @param allowed one flag per class
     * @return the restricted probabilities (a new array)
     */
    public static float[] restrict(float[] probabilities, boolean[] allowed) {
        double sum = 0;
        int count = 0;
        for (int c = 0; c < probabilities.length; c++) {
            if (allowed[c]) {
                sum += probabilities[c];
                count++;
            }
        }
        float[] out = new float[probabilities.length];
        for (int c = 0; c < probabilities.length; c++) {
            if (allowed[c]) {
                out[c] = sum > 0 ? (float) (probabilities[c] / sum) : 1f / count;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (classes != null) {
            s.append("classes ").append(classes);
        }
        if (minConfidence > 0) {
            s.append(s.length() > 0 ? ", " : "").append("min confidence ").append(minConfidence);
        }
        return s.length() == 0 ? "every class, always answered" : s.toString();
    }
}
