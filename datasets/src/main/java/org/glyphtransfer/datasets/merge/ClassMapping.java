package org.glyphtransfer.datasets.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;

/**
 * The merged classes: each dataset's classes keep their names unless the option {@code mapping}
 * renames them ({@code PART:CLASS=NEW}, comma-separated; PART is the dataset name, or NAME#N when it
 * appears twice). Two datasets' classes may end up with one name only when the mapping names both, so
 * a merge never joins two classes by accident.
 *
 * @param classNames the merged classes, in the order they first appear
 * @param labelMaps for each dataset, the merged label of each of its labels
 */
record ClassMapping(List<String> classNames, List<int[]> labelMaps) {
    /** A source class: which dataset, which of its classes. */
    private record Source(int part, String name) {}

    static ClassMapping of(List<MergeParts.Part> parts, List<List<String>> partClasses, String mapping) {
        Map<Source, String> renamed = parse(parts, partClasses, mapping);
        Map<String, List<Source>> sources = new LinkedHashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            for (String c : partClasses.get(p)) {
                Source s = new Source(p, c);
                sources.computeIfAbsent(renamed.getOrDefault(s, c), k -> new ArrayList<>())
                        .add(s);
            }
        }
        for (Map.Entry<String, List<Source>> e : sources.entrySet()) {
            List<Source> from = e.getValue();
            if (from.size() > 1 && !from.stream().allMatch(renamed::containsKey)) {
                Source a = from.get(0);
                Source b = from.get(1);
                throw new GlyphException("Datasets '" + parts.get(a.part()).label() + "' and '"
                        + parts.get(b.part()).label() + "' of dataset 'merge' both have a class named '" + e.getKey()
                        + "'; rename one with the option mapping (e.g. mapping="
                        + parts.get(b.part()).label() + ":"
                        + b.name() + "=" + b.name() + "2), or map both to '" + e.getKey()
                        + "' to make them one class.");
            }
        }
        List<String> names = new ArrayList<>(sources.keySet());
        List<int[]> maps = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<String> own = partClasses.get(p);
            int[] map = new int[own.size()];
            for (int c = 0; c < map.length; c++) {
                Source s = new Source(p, own.get(c));
                map[c] = names.indexOf(renamed.getOrDefault(s, own.get(c)));
            }
            maps.add(map);
        }
        return new ClassMapping(List.copyOf(names), List.copyOf(maps));
    }

    private static Map<Source, String> parse(
            List<MergeParts.Part> parts, List<List<String>> partClasses, String mapping) {
        Map<Source, String> renamed = new HashMap<>();
        if (mapping == null || mapping.isBlank()) {
            return renamed;
        }
        for (String raw : mapping.split(",")) {
            String entry = raw.trim();
            int colon = entry.indexOf(':');
            int eq = entry.indexOf('=', colon + 1);
            if (colon <= 0 || eq <= colon + 1 || eq == entry.length() - 1) {
                throw bad(mapping, "the entry '" + entry + "', not written PART:CLASS=NEW");
            }
            String label = entry.substring(0, colon).trim();
            int part = -1;
            for (int p = 0; p < parts.size(); p++) {
                if (parts.get(p).label().equals(label)) {
                    part = p;
                }
            }
            if (part < 0) {
                throw bad(mapping, "the dataset '" + label + "', which the merge does not have");
            }
            String from = entry.substring(colon + 1, eq).trim();
            if (!partClasses.get(part).contains(from)) {
                throw bad(
                        mapping,
                        "the class '" + from + "', which dataset '" + label + "' does not have (its classes: "
                                + String.join(", ", partClasses.get(part)) + ")");
            }
            renamed.put(new Source(part, from), entry.substring(eq + 1).trim());
        }
        return renamed;
    }

    private static GlyphException bad(String value, String what) {
        return new GlyphException("Option 'mapping' of dataset 'merge' has " + what + " in '" + value
                + "'; write PART:CLASS=NEW entries separated by commas, e.g. az-csv:O=O.");
    }
}
