package org.glyphtransfer.datasets.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;

/**
 * The datasets a merge combines, read from the option {@code datasets}: names joined by {@code +},
 * each optionally with its own options in brackets, e.g. {@code mnist+az-csv(letters=A-Z)}.
 */
final class MergeParts {
    /** Most datasets one merge may combine. */
    static final int MAX_PARTS = 16;

    /**
     * One dataset of the merge.
     *
     * @param name the dataset plugin
     * @param options its options as text
     * @param label how messages and the mapping name it: the plugin name, or NAME#N when it appears twice
     */
    record Part(String name, Map<String, String> options, String label) {}

    private MergeParts() {}

    static List<Part> parse(String value) {
        List<String> pieces = split(value);
        if (pieces.size() < 2 || pieces.size() > MAX_PARTS) {
            throw bad(value, "names " + pieces.size() + " dataset(s); a merge combines 2 to " + MAX_PARTS);
        }
        List<Part> parts = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String piece : pieces) {
            int open = piece.indexOf('(');
            String name = (open < 0 ? piece : piece.substring(0, open)).trim();
            if (name.isEmpty()) {
                throw bad(value, "an entry without a dataset name");
            }
            Map<String, String> options = new LinkedHashMap<>();
            if (open >= 0) {
                if (!piece.endsWith(")")) {
                    throw bad(value, "'" + piece + "' without its closing bracket");
                }
                for (String kv : piece.substring(open + 1, piece.length() - 1).split(",")) {
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw bad(value, "the option '" + kv.trim() + "' of '" + name + "', not written key=value");
                    }
                    options.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                }
            }
            int n = seen.merge(name, 1, Integer::sum);
            parts.add(new Part(name, options, n == 1 ? name : name + "#" + n));
        }
        return parts;
    }

    /** Splits at '+' outside brackets. */
    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : value.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '+' && depth == 0) {
                out.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString().trim());
        return out;
    }

    private static GlyphException bad(String value, String what) {
        return new GlyphException("Option 'datasets' of dataset 'merge' has " + what + " in '" + value
                + "'; write names joined by +, each with options in brackets if needed, e.g."
                + " mnist+az-csv(letters=A-Z).");
    }
}
