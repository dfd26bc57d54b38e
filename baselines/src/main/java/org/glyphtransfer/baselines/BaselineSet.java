package org.glyphtransfer.baselines;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glyphtransfer.api.GlyphException;

/**
 * What a transfer is compared with, as the command line's {@code --baseline scratch,knn,svm} and the
 * experiment file's {@code transfer.baseline} write it: the architecture from scratch, classic methods,
 * or both.
 *
 * @param scratch whether the network is also trained from scratch
 * @param methods the classic methods, in the order given
 */
public record BaselineSet(boolean scratch, List<Method> methods) {
    /** Keeps an unmodifiable copy. */
    public BaselineSet {
        methods = List.copyOf(methods);
    }

    /** @return nothing to compare with */
    public static BaselineSet none() {
        return new BaselineSet(false, List.of());
    }

    /**
     * @param text comma-separated names, e.g. {@code scratch,knn,svm}; null or blank for none
     * @param where what gave it, for messages, e.g. {@code --baseline}
     * @return the set
     * @throws GlyphException naming the value when a name is unknown or repeated
     */
    public static BaselineSet parse(String text, String where) {
        if (text == null || text.isBlank()) {
            return none();
        }
        boolean scratch = false;
        Set<Method> methods = new LinkedHashSet<>();
        for (String raw : text.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.equals("scratch")) {
                scratch = true;
                continue;
            }
            Method m = Method.find(name).orElse(null);
            if (m == null) {
                List<String> known = new ArrayList<>(List.of("scratch"));
                known.addAll(Method.ids());
                throw new GlyphException(where + " names '" + raw.trim() + "', which is no baseline; choose from "
                        + String.join(", ", known) + ", separated by commas.");
            }
            methods.add(m);
        }
        return new BaselineSet(scratch, new ArrayList<>(methods));
    }

    /** @return whether there is anything to compare with */
    public boolean isEmpty() {
        return !scratch && methods.isEmpty();
    }
}
