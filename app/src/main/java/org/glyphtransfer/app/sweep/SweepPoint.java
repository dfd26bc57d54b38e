package org.glyphtransfer.app.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.transfer.grid.GridPoint;

/**
 * One run of a sweep: its name, the grid values that define it (for the table), and the
 * experiment settings it changes.
 *
 * @param name folder-safe name, e.g. "simple-cnn_letters"
 * @param labels grid entry → the value shown in the table
 * @param settings experiment key → value, applied over the base and the sweep's "set"
 */
public record SweepPoint(String name, Map<String, String> labels, Map<String, Object> settings) {

    /** @return every run of a sweep: the product of its grid */
    @SuppressWarnings("unchecked")
    public static List<SweepPoint> expand(SweepFile sweep) {
        List<SweepPoint> points = new ArrayList<>();
        points.add(new SweepPoint("", new LinkedHashMap<>(), new LinkedHashMap<>()));
        for (Map.Entry<String, List<Object>> entry : sweep.grid().entrySet()) {
            List<SweepPoint> next = new ArrayList<>();
            for (SweepPoint p : points) {
                for (Object value : entry.getValue()) {
                    Map<String, String> labels = new LinkedHashMap<>(p.labels());
                    Map<String, Object> settings = new LinkedHashMap<>(p.settings());
                    String label;
                    if (value instanceof Map) {
                        // A copy: the same bundle is used once per combination of the entries before it.
                        Map<String, Object> bundle = new LinkedHashMap<>((Map<String, Object>) value);
                        Object given = bundle.remove("name");
                        settings.putAll(bundle);
                        label = given != null ? String.valueOf(given) : shortLabel(bundle);
                    } else {
                        settings.put(entry.getKey(), value);
                        label = String.valueOf(value);
                    }
                    labels.put(entry.getKey(), label);
                    String name = p.name().isEmpty() ? slug(label) : p.name() + "_" + slug(label);
                    next.add(new SweepPoint(name, labels, settings));
                }
            }
            points = next;
        }
        return points;
    }

    /**
     * The point for the library's grid runner. The grid entry {@code transfer.option.perClass}
     * ({@code [8, 16, all]}) is the point's images-per-class budget rather than a label, so the
     * report can plot accuracy against it.
     *
     * @return the grid point
     */
    public GridPoint gridPoint() {
        Map<String, String> rest = new LinkedHashMap<>(labels);
        int perClass = -1;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            if (label.getKey().equals("transfer.option.perClass")) {
                Integer budget = budget(label.getValue());
                if (budget != null) {
                    perClass = budget;
                    rest.remove(label.getKey());
                }
            }
        }
        return new GridPoint(name, rest, perClass);
    }

    private static Integer budget(String value) {
        if (value.equalsIgnoreCase("all")) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String shortLabel(Map<String, Object> bundle) {
        Object dataset = bundle.getOrDefault(
                "transfer.dataset",
                bundle.getOrDefault("pretrain.model", bundle.values().iterator().next()));
        return String.valueOf(dataset);
    }

    private static String slug(String text) {
        String s = text.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "run" : s;
    }
}
