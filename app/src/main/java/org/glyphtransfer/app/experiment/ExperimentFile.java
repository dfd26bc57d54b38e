package org.glyphtransfer.app.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.Suggestions;

/**
 * Reads an experiment file into flat {@code section.key → value} settings, checking every key,
 * type and range before any work starts. Relative paths in the file ({@link #PATH_KEYS}) are relative
 * to the file's folder. Errors name the file, the key's path and, for a
 * misspelt key, the likely one.
 */
public final class ExperimentFile {
    private ExperimentFile() {}

    /** Keys whose values are files or folders: relative ones are relative to the file that names them. */
    static final List<String> PATH_KEYS =
            List.of("out", "pretrain.out", "transfer.out", "transfer.from", "plugins", "data-root");

    /**
     * Takes the file's relative paths against the folder it lies in, so that the experiment means the
     * same from any working folder. Overrides from the command line stay relative to the working folder.
     */
    private static void resolvePaths(Path file, Map<String, Object> flat) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        for (String key : PATH_KEYS) {
            if (flat.get(key) instanceof String value && !value.isBlank()) {
                try {
                    flat.put(key, dir.resolve(value).normalize().toString());
                } catch (java.nio.file.InvalidPathException e) {
                    throw new GlyphException(file + ": '" + key + "' is not a valid path: " + value + ".", e);
                }
            }
        }
    }

    /**
     * Parses and validates a file, then applies {@code --set path=value} overrides.
     *
     * @param file the YAML file
     * @param overrides command-line settings, which win over the file
     * @return the validated experiment
     */
    public static Experiment load(Path file, Map<String, String> overrides) {
        Object root = YamlFiles.load(file, "Experiment file");
        if (!(root instanceof Map)) {
            throw new GlyphException(
                    "Experiment file " + file + " must be a YAML mapping of keys such as out, pretrain and "
                            + "transfer, not " + describe(root) + ".");
        }
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten(file.toString(), "", (Map<?, ?>) root, flat);
        resolvePaths(file, flat);
        Map<String, String> entries = new LinkedHashMap<>();
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            String path = o.getKey();
            if (optionMapOf(path) != null) {
                entries.put(path, o.getValue());
                continue;
            }
            ExperimentKeys.Key key = known("--set", path);
            Object value = key.type() == ExperimentKeys.Type.MAP ? parseMap(path, o.getValue()) : o.getValue();
            flat.put(path, value);
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : flat.entrySet()) {
            typed.put(e.getKey(), convert(file.toString(), e.getKey(), e.getValue()));
        }
        Experiment experiment = new Experiment(file, typed);
        // One entry of an option map (transfer.option.perClass=16) goes on top of the map, as in a sweep.
        return entries.isEmpty() ? experiment : with(experiment, "--set", entries);
    }

    /**
     * Applies settings with typed values (numbers, booleans, option maps, as YAML reads them) on
     * top of an experiment, through the same checks as the file's own values. A key one level
     * below a plugin-options key, such as {@code transfer.option.perClass}, is an entry of that
     * map: it merges into the map, on top of a whole map given in the same settings. A null
     * value removes the key or the entry.
     *
     * @param base the experiment
     * @param where what errors name as the source of the settings, e.g. the sweep file
     * @param settings key path → value
     * @return the validated experiment
     */
    @SuppressWarnings("unchecked")
    public static Experiment with(Experiment base, String where, Map<String, ?> settings) {
        Map<String, Object> merged = new LinkedHashMap<>(base.settings());
        Map<String, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<String, ?> s : settings.entrySet()) {
            if (optionMapOf(s.getKey()) != null) {
                entries.put(s.getKey(), s.getValue());
            } else if (s.getValue() == null) {
                known(where, s.getKey());
                merged.remove(s.getKey());
            } else {
                known(where, s.getKey());
                merged.put(s.getKey(), convert(where, s.getKey(), s.getValue()));
            }
        }
        for (Map.Entry<String, Object> s : entries.entrySet()) {
            String map = optionMapOf(s.getKey());
            Object current = merged.get(map);
            Map<String, Object> options =
                    new LinkedHashMap<>(current instanceof Map ? (Map<String, ?>) current : Map.of());
            String entry = s.getKey().substring(map.length() + 1);
            if (s.getValue() == null) {
                options.remove(entry);
            } else if (s.getValue() instanceof Map || s.getValue() instanceof List) {
                throw new GlyphException(where + ": '" + s.getKey() + "' must be a single value, not a "
                        + (s.getValue() instanceof Map ? "section" : "list") + ".");
            } else {
                options.put(entry, s.getValue());
            }
            merged.put(map, convert(where, map, options));
        }
        return new Experiment(base.file(), merged);
    }

    /** @return the plugin-options key that {@code path} is an entry of ({@code transfer.option} for {@code transfer.option.perClass}), else null */
    private static String optionMapOf(String path) {
        if (ExperimentKeys.KEYS.containsKey(path)) {
            return null;
        }
        for (Map.Entry<String, ExperimentKeys.Key> k : ExperimentKeys.KEYS.entrySet()) {
            if (k.getValue().type() == ExperimentKeys.Type.MAP
                    && path.startsWith(k.getKey() + ".")
                    && path.length() > k.getKey().length() + 1) {
                return k.getKey();
            }
        }
        return null;
    }

    private static String describe(Object yaml) {
        if (yaml == null) {
            return "an empty file";
        }
        return yaml instanceof List ? "a list" : "the single value '" + yaml + "'";
    }

    private static void flatten(String where, String prefix, Map<?, ?> map, Map<String, Object> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String path = prefix + e.getKey();
            ExperimentKeys.Key key = known(where, path);
            if (key.type() == ExperimentKeys.Type.SECTION) {
                if (!(e.getValue() instanceof Map)) {
                    throw new GlyphException(
                            where + ": '" + path + "' must be a section of keys, not '" + e.getValue() + "'.");
                }
                flatten(where, path + ".", (Map<?, ?>) e.getValue(), out);
            } else {
                out.put(path, e.getValue());
            }
        }
    }

    private static ExperimentKeys.Key known(String where, String path) {
        ExperimentKeys.Key key = ExperimentKeys.KEYS.get(path);
        if (key == null) {
            List<String> siblings = new ArrayList<>();
            // The keys of the nearest section that exists: 'transfer.optio.perClass' lists transfer's keys.
            String section = path;
            while (siblings.isEmpty()) {
                section = section.contains(".") ? section.substring(0, section.lastIndexOf('.')) : "";
                String prefix = section.isEmpty() ? "" : section + ".";
                for (String k : ExperimentKeys.KEYS.keySet()) {
                    if (k.startsWith(prefix) && !k.substring(prefix.length()).contains(".")) {
                        siblings.add(k);
                    }
                }
            }
            throw new GlyphException(where + ": unknown key '" + path + "'" + Suggestions.hint(path, siblings)
                    + "; keys here: " + String.join(", ", siblings) + ".");
        }
        return key;
    }

    private static Object convert(String where, String path, Object value) {
        ExperimentKeys.Key key = ExperimentKeys.KEYS.get(path);
        String text = String.valueOf(value);
        if (value == null) {
            throw new GlyphException(
                    where + ": '" + path + "' has no value; write one after the colon or remove the key.");
        }
        if (key.type() == ExperimentKeys.Type.TRAINING) {
            return key.setting().field().parse(value, where + ": '" + path + "'");
        }
        try {
            switch (key.type()) {
                case INTEGER:
                    if (value instanceof Double || text.contains(".")) {
                        throw new NumberFormatException();
                    }
                    if (value instanceof String && text.trim().matches("[-+]?\\d+")) {
                        value = new java.math.BigInteger(text.trim());
                    }
                    if (value instanceof java.math.BigInteger && ((java.math.BigInteger) value).bitLength() > 63) {
                        throw new GlyphException(where + ": '" + path + "' is " + text + ", outside the allowed range ["
                                + format(key.min()) + ", " + format(key.max()) + "].");
                    }
                    long n = value instanceof Number ? ((Number) value).longValue() : Long.parseLong(text.trim());
                    checkRange(where, path, n, key);
                    return n;
                case DECIMAL:
                    double d =
                            value instanceof Number ? ((Number) value).doubleValue() : Double.parseDouble(text.trim());
                    if (!Double.isFinite(d)) {
                        throw new GlyphException(where + ": '" + path + "' must be a finite number in ["
                                + format(key.min()) + ", " + format(key.max()) + "], not '" + text + "'.");
                    }
                    checkRange(where, path, d, key);
                    return d;
                case BOOLEAN:
                    if (value instanceof Boolean) {
                        return value;
                    }
                    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                        return Boolean.parseBoolean(text);
                    }
                    throw new GlyphException(where + ": '" + path + "' must be true or false, not '" + text + "'.");
                case MAP:
                    if (!(value instanceof Map)) {
                        throw new GlyphException(where + ": '" + path + "' must be a mapping of plugin options such as "
                                + "{root: letters-scans}, not '" + text + "'.");
                    }
                    Map<String, String> options = new LinkedHashMap<>();
                    ((Map<?, ?>) value).forEach((k, v) -> options.put(String.valueOf(k), String.valueOf(v)));
                    return options;
                default:
                    if (value instanceof Map || value instanceof List) {
                        throw new GlyphException(where + ": '" + path + "' must be a single value, not a "
                                + (value instanceof Map ? "section" : "list") + ".");
                    }
                    return text;
            }
        } catch (NumberFormatException e) {
            String kind = key.type() == ExperimentKeys.Type.INTEGER ? "a whole number" : "a number";
            throw new GlyphException(where + ": '" + path + "' must be " + kind + ", not '" + text + "'.");
        }
    }

    private static void checkRange(String where, String path, double v, ExperimentKeys.Key key) {
        if (v < key.min() || v > key.max()) {
            throw new GlyphException(
                    where + ": '" + path + "' is " + (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v))
                            + ", outside the allowed range [" + format(key.min()) + ", " + format(key.max()) + "].");
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static Map<String, String> parseMap(String path, String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new GlyphException(
                        "--set " + path + " takes key=value pairs separated by commas, not '" + text + "'.");
            }
            m.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return m;
    }
}
