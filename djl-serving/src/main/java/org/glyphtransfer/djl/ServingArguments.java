package org.glyphtransfer.djl;

import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.api.deploy.ServingKeys;

/**
 * The glyph part of a model folder's {@code serving.properties}, as DJL hands it to the factories,
 * checked: every problem is one sentence naming the folder.
 *
 * @param folder the model folder
 * @param architecture the model plugin
 * @param architectureOptions its options
 * @param dataset the dataset plugin whose preprocessing the model was trained with
 * @param datasetOptions its options
 * @param shape what the network takes, with the classes and files it answers with
 */
record ServingArguments(
        Path folder,
        String architecture,
        Map<String, String> architectureOptions,
        String dataset,
        Map<String, String> datasetOptions,
        Layout shape) {

    /**
     * @param input one input, C × H × W
     * @param classes how many classes
     * @param parameterFile the parameter file
     * @param parameterSha256 its SHA-256
     * @param synsetSha256 SHA-256 of synset.txt
     */
    record Layout(Shape input, int classes, String parameterFile, String parameterSha256, String synsetSha256) {}

    /**
     * @param folder the model folder
     * @param arguments the model's arguments (serving.properties, and what the caller added)
     * @return the checked arguments
     * @throws IllegalArgumentException naming the folder and key when one is missing or malformed
     */
    static ServingArguments of(Path folder, Map<String, ?> arguments) {
        String shapeText = required(folder, arguments, ServingKeys.INPUT_SHAPE);
        long[] dims;
        int classes;
        try {
            dims = Arrays.stream(shapeText.split(","))
                    .mapToLong(s -> Long.parseLong(s.trim()))
                    .toArray();
            classes = Integer.parseInt(
                    required(folder, arguments, ServingKeys.CLASSES).trim());
        } catch (NumberFormatException e) {
            throw problem(
                    folder,
                    "'" + ServingKeys.INPUT_SHAPE + "' and '" + ServingKeys.CLASSES + "' must be whole numbers, not '"
                            + shapeText + "'");
        }
        if (dims.length != 3 || Arrays.stream(dims).anyMatch(d -> d < 1) || classes < 1) {
            throw problem(
                    folder,
                    "'" + ServingKeys.INPUT_SHAPE + "' must be C,H,W of positive numbers, not '" + shapeText + "'");
        }
        return new ServingArguments(
                folder,
                required(folder, arguments, ServingKeys.ARCHITECTURE),
                prefixed(arguments, ServingKeys.ARCHITECTURE_OPTION),
                required(folder, arguments, ServingKeys.DATASET),
                prefixed(arguments, ServingKeys.DATASET_OPTION),
                new Layout(
                        new Shape(dims),
                        classes,
                        required(folder, arguments, ServingKeys.PARAMETER_FILE),
                        required(folder, arguments, ServingKeys.PARAMETER_SHA256),
                        required(folder, arguments, ServingKeys.SYNSET_SHA256)));
    }

    /**
     * Checks that the parameter file serving.properties names is there, whole and unedited.
     *
     * @throws IOException naming the folder and the file when it is missing, unreadable or changed
     */
    void checkParameters() throws IOException {
        String name = shape.parameterFile();
        Path file = folder.resolve(name);
        if (!name.matches("[A-Za-z0-9_.-]+") || !Files.isRegularFile(file)) {
            throw new IOException("Model folder " + folder + " has no parameter file " + name
                    + ", which its serving.properties names; copy the whole model folder, or save the model"
                    + " again with glyph.");
        }
        if (!sha256(Files.readAllBytes(file)).equalsIgnoreCase(shape.parameterSha256())) {
            throw new IOException("Parameter file " + file + " does not match the checksum in "
                    + ServingKeys.FILE + " (truncated, edited or left by an interrupted save); copy the"
                    + " model folder again, or save the model again with glyph.");
        }
    }

    /**
     * @return the class names of synset.txt, after checking them against serving.properties
     * @throws IOException naming the file when it is missing, unreadable or from another save
     */
    List<String> classNames() throws IOException {
        Path file = folder.resolve(ServingKeys.SYNSET);
        if (!Files.isRegularFile(file)) {
            throw new IOException("Model folder " + folder + " has no " + ServingKeys.SYNSET
                    + " (the class names); copy the whole model folder.");
        }
        byte[] bytes = Files.readAllBytes(file);
        List<String> names = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (!sha256(bytes).equalsIgnoreCase(shape.synsetSha256()) || names.size() != shape.classes()) {
            throw new IOException("Class file " + file + " is not the one " + ServingKeys.FILE
                    + " was written with (edited, or left by an interrupted save); copy the model folder"
                    + " again, or save the model again with glyph.");
        }
        return names;
    }

    /** @return one input with a batch of one in front, N × C × H × W */
    Shape batchShape() {
        return new Shape(1).addAll(shape.input());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String required(Path folder, Map<String, ?> arguments, String key) {
        Object value = arguments.get(key);
        if (value == null || value.toString().isBlank()) {
            throw problem(folder, "it has no '" + key + "'");
        }
        return value.toString();
    }

    private static Map<String, String> prefixed(Map<String, ?> arguments, String prefix) {
        Map<String, String> options = new TreeMap<>();
        arguments.forEach((k, v) -> {
            if (k.startsWith(prefix) && v != null) {
                options.put(k.substring(prefix.length()), v.toString());
            }
        });
        return options;
    }

    /**
     * @param folder the model folder
     * @param plugin what the plugin registry answered
     * @return the error for a plugin that is missing or refuses the recorded options
     */
    static IllegalArgumentException pluginProblem(Path folder, GlyphException plugin) {
        String m = plugin.getMessage();
        return new IllegalArgumentException(
                "Model folder " + folder + " needs a glyph plugin this class path lacks"
                        + " or that refuses the options in " + ServingKeys.FILE + " ("
                        + (m.endsWith(".") ? m.substring(0, m.length() - 1) : m)
                        + "); put the plugin's jar on the class path or in " + PluginRegistry.PLUGINS_ENV + ".",
                plugin);
    }

    static IllegalArgumentException problem(Path folder, String what) {
        return new IllegalArgumentException("Model folder " + folder + ": " + ServingKeys.FILE + " is not as glyph"
                + " writes it (" + what + "); save the model again with glyph.");
    }
}
