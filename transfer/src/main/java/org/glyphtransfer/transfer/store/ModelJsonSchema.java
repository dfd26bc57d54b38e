package org.glyphtransfer.transfer.store;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * The schema of {@code model.json}, applied to the whole file before anything is built from it:
 * every field's type, whether it is required, and bounds that keep an edited file from making glyph
 * allocate more than a model can need. The checks are listed in {@code docs/reliability.md}.
 */
final class ModelJsonSchema {
    /** Most class names a model may have. */
    static final int MAX_CLASSES = 10_000;
    /** Most channels of an input. */
    static final int MAX_CHANNELS = 4;
    /** Longest side (height or width) of an input. */
    static final int MAX_SIDE = 4096;
    /** Most values in one input, C × H × W. */
    static final long MAX_INPUT = 1L << 22;
    /** Most weights of a dense layer from the raw input to the classes: input values × classes. */
    static final long MAX_INPUT_TIMES_CLASSES = 1L << 28;
    /** Most phases a training record may list. */
    static final int MAX_PHASES = 100;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of(
            "format",
            "architecture",
            "architectureOptions",
            "classNames",
            "inputShape",
            "dataset",
            "datasetOptions",
            "datasetSizes",
            "training",
            "metrics",
            "seed",
            "versions",
            "source",
            "parameterFile",
            "parameterSha256",
            "createdAt",
            "cascade"));
    private static final Set<String> TRAINING_FIELDS = new LinkedHashSet<>(List.of("phases", "device", "threads"));
    private static final Gson PLAIN = new Gson();

    private ModelJsonSchema() {}

    /**
     * Checks a parsed {@code model.json} and builds its provenance.
     *
     * @param file the file, for messages
     * @param root the parsed content
     * @return the provenance
     * @throws GlyphException naming the file and the field at fault
     */
    static Provenance validate(Path file, JsonElement root) {
        if (root == null || !root.isJsonObject()) {
            throw new GlyphException("Model file " + file + " must hold a JSON object, not " + JsonFields.kind(root)
                    + "; it was not written by glyph.");
        }
        JsonFields f = new JsonFields(file, "", root.getAsJsonObject());
        long format = f.whole("format", f.required("format", "the layout version"), 1, Integer.MAX_VALUE);
        if (format > Provenance.FORMAT) {
            throw new GlyphException("Model file " + file + " has format " + format
                    + ", newer than this glyph understands (" + Provenance.FORMAT + "); upgrade glyph.");
        }
        f.onlyKnown(FIELDS);
        String architecture = name(f, "architecture", "the model plugin's name");
        List<String> classes = classNames(f);
        long[] shape = inputShape(f, classes.size());
        String dataset = name(f, "dataset", "the dataset plugin's name");
        String parameterFile = f.optional("parameterFile") == null
                ? ModelFolder.PARAMETERS
                : f.text("parameterFile", f.optional("parameterFile"), 1, 128);
        if (!PLAIN_FILE_NAME.matcher(parameterFile).matches()) {
            throw f.error(
                    "parameterFile",
                    "must be a plain file name inside the model folder (letters, digits, '.', '_', '-'), not '"
                            + parameterFile + "'");
        }
        String sha = f.text("parameterSha256", f.required("parameterSha256", "64 hexadecimal digits"), 0, 200);
        if (!SHA256.matcher(sha).matches()) {
            throw f.error("parameterSha256", "must be 64 hexadecimal digits, not '" + sha + "'");
        }
        JsonElement seed = f.optional("seed");
        JsonElement source = f.optional("source");
        JsonElement created = f.optional("createdAt");
        return Provenance.builder()
                .architecture(architecture, f.textMap("architectureOptions"))
                .classes(classes, shape)
                .dataset(dataset, f.textMap("datasetOptions"), sizes(f))
                .training(training(f))
                .metrics(metrics(f))
                .seed(seed == null ? 0 : f.whole("seed", seed, Long.MIN_VALUE, Long.MAX_VALUE))
                .versions(f.textMap("versions"))
                .source(source == null ? null : f.text("source", source, 0, JsonFields.MAX_TEXT))
                .parameters(parameterFile, sha, created == null ? null : f.text("createdAt", created, 0, 100))
                .cascade(CascadeSchema.specialists(f, classes))
                .build();
    }

    private static String name(JsonFields f, String field, String what) {
        return f.text(field, f.required(field, what), 1, 200);
    }

    private static List<String> classNames(JsonFields f) {
        JsonArray a = f.array("classNames", f.required("classNames", "a list of class names"), 1, MAX_CLASSES);
        List<String> names = new ArrayList<>(a.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            String name = f.text("classNames[" + i + "]", a.get(i), 1, 200);
            if (!seen.add(name)) {
                throw f.error("classNames[" + i + "]", "repeats the class name '" + name + "'; names must be unique");
            }
            names.add(name);
        }
        return names;
    }

    private static long[] inputShape(JsonFields f, int classes) {
        JsonArray a = f.array("inputShape", f.required("inputShape", "[channels, height, width]"), 3, 3);
        long[] shape = new long[3];
        for (int i = 0; i < 3; i++) {
            shape[i] = f.whole("inputShape[" + i + "]", a.get(i), 1, i == 0 ? MAX_CHANNELS : MAX_SIDE);
        }
        long size = shape[0] * shape[1] * shape[2];
        if (size > MAX_INPUT || size * classes > MAX_INPUT_TIMES_CLASSES) {
            throw f.error(
                    "inputShape",
                    "asks for " + size + " values per input with " + classes + " classes, more than a model may have"
                            + " (at most " + MAX_INPUT + " values, and " + MAX_INPUT_TIMES_CLASSES
                            + " values times classes)");
        }
        return shape;
    }

    private static Map<String, Integer> sizes(JsonFields f) {
        JsonElement e = f.optional("datasetSizes");
        Map<String, Integer> sizes = new LinkedHashMap<>();
        if (e != null) {
            for (Map.Entry<String, JsonElement> kv : f.entries("datasetSizes", e)) {
                sizes.put(
                        kv.getKey(), (int) f.whole("datasetSizes." + kv.getKey(), kv.getValue(), 0, Integer.MAX_VALUE));
            }
        }
        return sizes;
    }

    private static Map<String, Double> metrics(JsonFields f) {
        JsonElement e = f.optional("metrics");
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (e != null) {
            for (Map.Entry<String, JsonElement> kv : f.entries("metrics", e)) {
                metrics.put(kv.getKey(), f.finiteOrNull("metrics." + kv.getKey(), kv.getValue()));
            }
        }
        return metrics;
    }

    private static TrainingRecord training(JsonFields top) {
        JsonElement e = top.optional("training");
        if (e == null) {
            return null;
        }
        JsonFields f = new JsonFields(top.file(), "training", top.object("training", e));
        f.onlyKnown(TRAINING_FIELDS);
        JsonArray a = f.array("phases", f.required("phases", "a list of phases"), 1, MAX_PHASES);
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String field = "phases[" + i + "]";
            JsonObject o = f.object(field, a.get(i));
            try {
                Map<String, Object> pairs = PLAIN.fromJson(o, new TypeToken<Map<String, Object>>() {}.getType());
                phases.add(Phase.fromDescription(pairs));
            } catch (RuntimeException bad) {
                throw f.error(field, "is not a valid phase (" + withoutFullStop(bad.getMessage()) + ")");
            }
        }
        JsonElement device = f.optional("device");
        JsonElement threads = f.optional("threads");
        return new TrainingRecord(
                phases,
                device == null ? null : f.text("device", device, 0, 200),
                threads == null ? 0 : (int) f.whole("threads", threads, 0, 1 << 16));
    }

    private static String withoutFullStop(String message) {
        String m = String.valueOf(message);
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
