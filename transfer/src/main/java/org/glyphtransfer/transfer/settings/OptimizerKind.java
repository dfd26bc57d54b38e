package org.glyphtransfer.transfer.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.Suggestions;

/** The optimisers a phase can use. */
public enum OptimizerKind {
    /** Adam (Kingma and Ba). */
    ADAM,
    /** Adam with the AMSGrad fix (running maximum of the second moment). */
    AMSGRAD,
    /** Stochastic gradient descent with momentum. */
    SGD,
    /** RMSProp. */
    RMSPROP;

    /**
     * @param text adam, amsgrad, sgd or rmsprop, any case
     * @return the kind
     * @throws GlyphException for anything else
     */
    public static OptimizerKind parse(String text) {
        for (OptimizerKind k : values()) {
            if (k.name().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        String names = Arrays.stream(values()).map(OptimizerKind::label).collect(Collectors.joining(", "));
        throw new GlyphException("Optimiser '" + text + "' is not known"
                + Suggestions.hint(
                        text, Arrays.stream(values()).map(OptimizerKind::label).collect(Collectors.toList()))
                + "; use one of " + names + ".");
    }

    /** @return the lower-case name used in files and on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
