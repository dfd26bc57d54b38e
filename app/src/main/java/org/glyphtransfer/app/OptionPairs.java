package org.glyphtransfer.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;

/** Turns repeated {@code --option key=value} arguments into a map, rejecting malformed ones. */
final class OptionPairs {
    private OptionPairs() {}

    static Map<String, String> parse(List<String> pairs, String flag) {
        Map<String, String> map = new LinkedHashMap<>();
        if (pairs == null) {
            return map;
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new GlyphException(
                        flag + " '" + pair + "' is not written key=value, e.g. " + flag + " root=letters-scans.");
            }
            String key = pair.substring(0, eq).trim();
            if (map.put(key, pair.substring(eq + 1).trim()) != null) {
                throw new GlyphException(flag + " sets '" + key + "' twice; give each key once.");
            }
        }
        return map;
    }
}
