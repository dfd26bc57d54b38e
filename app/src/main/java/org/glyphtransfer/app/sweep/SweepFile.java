package org.glyphtransfer.app.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.Suggestions;
import org.glyphtransfer.app.experiment.YamlFiles;

/**
 * A sweep file: a base experiment, settings for every run, and a grid whose product gives the
 * runs. A grid entry is either an experiment key with a list of values ({@code pretrain.model:
 * [simple-cnn, lenet5]}, or an entry of a plugin's options, {@code transfer.option.perClass:
 * [8, 16, all]}), or a name with a list of bundles of keys that change together
 * ({@code target: [{transfer.dataset: az-csv}, …]}). {@code seeds} lists the seeds every
 * combination runs with; without it, each runs once with the experiment's seed.
 */
public final class SweepFile {
    private static final List<String> KEYS = List.of("base", "out", "seeds", "set", "grid");

    private final Path file;
    private final Path base;
    private final Path out;
    private final Map<String, Object> set;
    private final Map<String, List<Object>> grid;
    private final List<Long> seeds;

    private SweepFile(
            Path file, Path base, Path out, Map<String, Object> set, Map<String, List<Object>> grid, List<Long> seeds) {
        this.file = file;
        this.base = base;
        this.out = out;
        this.set = set;
        this.grid = grid;
        this.seeds = seeds;
    }

    /**
     * Reads a sweep file.
     *
     * @param file the YAML file
     * @return the sweep
     */
    @SuppressWarnings("unchecked")
    public static SweepFile load(Path file) {
        Object root = YamlFiles.load(file, "Sweep file");
        if (!(root instanceof Map)) {
            throw new GlyphException("Sweep file " + file + " must be a mapping with base, out, set and grid.");
        }
        Map<String, Object> map = (Map<String, Object>) root;
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new GlyphException(file + ": unknown key '" + key + "'" + Suggestions.hint(key, KEYS) + "; keys: "
                        + String.join(", ", KEYS) + ".");
            }
        }
        if (!(map.get("base") instanceof String) || !(map.get("out") instanceof String)) {
            throw new GlyphException(file + ": 'base' (an experiment file) and 'out' (a folder) are required.");
        }
        Path dir = file.toAbsolutePath().getParent();
        Map<String, Object> set = map.get("set") == null ? Map.of() : asMap(file, "set", map.get("set"));
        Map<String, List<Object>> grid = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e :
                asMap(file, "grid", map.getOrDefault("grid", Map.of())).entrySet()) {
            if (!(e.getValue() instanceof List) || ((List<?>) e.getValue()).isEmpty()) {
                throw new GlyphException(
                        file + ": grid entry '" + e.getKey() + "' must be a non-empty list of values.");
            }
            grid.put(e.getKey(), new ArrayList<>((List<Object>) e.getValue()));
        }
        if (grid.containsKey("seed")) {
            throw new GlyphException(
                    file + ": list the seeds under 'seeds' (e.g. seeds: [1, 2, 3]) rather than as a grid entry.");
        }
        if (set.containsKey("seed") && map.containsKey("seeds")) {
            throw new GlyphException(file + ": give the seeds either as 'seeds' or as 'seed' under 'set', not both.");
        }
        return new SweepFile(
                file,
                dir.resolve((String) map.get("base")),
                dir.resolve((String) map.get("out")).normalize(),
                set,
                grid,
                seeds(file, map.get("seeds")));
    }

    private static List<Long> seeds(Path file, Object value) {
        if (value == null) {
            return List.of();
        }
        List<Long> seeds = new ArrayList<>();
        if (value instanceof List) {
            for (Object s : (List<?>) value) {
                if (!(s instanceof Integer || s instanceof Long) || seeds.contains(((Number) s).longValue())) {
                    seeds.clear();
                    break;
                }
                seeds.add(((Number) s).longValue());
            }
        }
        if (seeds.isEmpty()) {
            throw new GlyphException(
                    file + ": 'seeds' must be a list of different whole numbers, e.g. [1, 2, 3], not '" + value + "'.");
        }
        return List.copyOf(seeds);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Path file, String key, Object value) {
        if (!(value instanceof Map)) {
            throw new GlyphException(file + ": '" + key + "' must be a mapping of experiment keys to values.");
        }
        return (Map<String, Object>) value;
    }

    /** @return the sweep file */
    public Path file() {
        return file;
    }

    /** @return the base experiment file */
    public Path base() {
        return base;
    }

    /** @return the sweep's output folder */
    public Path out() {
        return out;
    }

    /** @return settings for every run */
    public Map<String, Object> set() {
        return set;
    }

    /** @return the seeds every combination runs with; empty: once, with the experiment's seed */
    public List<Long> seeds() {
        return seeds;
    }

    /** @return the grid, in file order */
    public Map<String, List<Object>> grid() {
        return grid;
    }
}
