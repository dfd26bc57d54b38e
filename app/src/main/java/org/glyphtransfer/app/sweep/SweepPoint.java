package org.glyphtransfer.app.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

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
    public static java.util.List<SweepPoint> expand(SweepFile sweep) {
        java.util.List<SweepPoint> points = new java.util.ArrayList<>();
        points.add(new SweepPoint("", new LinkedHashMap<>(), new LinkedHashMap<>()));
        for (Map.Entry<String, java.util.List<Object>> entry : sweep.grid().entrySet()) {
            java.util.List<SweepPoint> next = new java.util.ArrayList<>();
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

    private static String shortLabel(Map<String, Object> bundle) {
        Object dataset = bundle.getOrDefault("transfer.dataset", bundle.getOrDefault("pretrain.model", bundle.values().iterator().next()));
        return String.valueOf(dataset);
    }

    private static String slug(String text) {
        String s = text.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "run" : s;
    }
}
