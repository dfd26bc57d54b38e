package org.glyphtransfer.baselines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.PluginOptions;

/** Checks a method's options: a key that belongs to another method is named as such, not only as unknown. */
final class MethodOptions {
    private MethodOptions() {}

    /**
     * @param method the method
     * @param raw key → value as the user gave them
     * @return the typed options, defaults filled in
     * @throws GlyphException on an option of another method, an unknown option or a bad value
     */
    static PluginOptions parse(Method method, Map<String, String> raw) {
        for (String key : raw.keySet()) {
            if (!keys(method).contains(key)) {
                List<String> owners = new ArrayList<>();
                for (Method other : Method.values()) {
                    if (keys(other).contains(key)) {
                        owners.add(other.id());
                    }
                }
                if (!owners.isEmpty()) {
                    throw new GlyphException("Option '" + key + "' belongs to " + String.join(" and ", owners)
                            + ", not to " + method.id() + ", which takes " + String.join(", ", keys(method)) + ".");
                }
            }
        }
        return method.options().parse("baseline '" + method.id() + "'", raw);
    }

    private static List<String> keys(Method method) {
        return method.options().specs().stream().map(OptionSpec::key).toList();
    }
}
