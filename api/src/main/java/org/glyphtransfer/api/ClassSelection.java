package org.glyphtransfer.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a class subset such as {@code A-E}, {@code A,C,E} or {@code A-C,X}: names separated by
 * commas, and ranges by position in the list of available classes. The result keeps the order of
 * the available classes, so labels are renumbered in that order.
 */
public final class ClassSelection {
    private ClassSelection() {}

    /**
     * Picks the classes named by an option value.
     *
     * @param owner the plugin, for messages, e.g. "dataset 'az-csv'"
     * @param key the option key, for messages
     * @param value the option value
     * @param available the classes that exist, in label order
     * @return the chosen class names, in the order of {@code available}
     * @throws GlyphException naming the unknown class or the malformed part
     */
    public static List<String> parse(String owner, String key, String value, List<String> available) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String rawPart : value.split(",")) {
            String part = rawPart.trim();
            if (part.isEmpty()) {
                throw bad(owner, key, value, "an empty entry");
            }
            int dash = part.indexOf('-', 1);
            if (dash > 0) {
                int from = indexOf(owner, key, part.substring(0, dash).trim(), available);
                int to = indexOf(owner, key, part.substring(dash + 1).trim(), available);
                if (from > to) {
                    throw bad(owner, key, value, "the range '" + part + "' that runs backwards");
                }
                chosen.addAll(available.subList(from, to + 1));
            } else {
                chosen.add(available.get(indexOf(owner, key, part, available)));
            }
        }
        List<String> ordered = new ArrayList<>();
        for (String name : available) {
            if (chosen.contains(name)) {
                ordered.add(name);
            }
        }
        return ordered;
    }

    private static int indexOf(String owner, String key, String name, List<String> available) {
        // An exact spelling wins, so 'o' and 'O' stay apart in a model that has both.
        int exact = available.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < available.size(); i++) {
            if (available.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new GlyphException("Option '" + key + "' of " + owner + " names the class '" + name
                + "', which does not exist" + Suggestions.hint(name, available) + "; available classes: "
                + String.join(", ", available) + ".");
    }

    private static GlyphException bad(String owner, String key, String value, String what) {
        return new GlyphException("Option '" + key + "' of " + owner + " has " + what + " in '" + value
                + "'; write class names separated by commas, or ranges like A-E.");
    }
}
