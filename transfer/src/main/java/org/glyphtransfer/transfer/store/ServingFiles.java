package org.glyphtransfer.transfer.store;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.glyphtransfer.api.deploy.ServingKeys;

/**
 * The files beside a network's parameters that DJL's {@code Criteria} and DJL Serving read:
 * {@code serving.properties} (engine, the glyph-djl-serving factories, image size, the plugins and
 * options that rebuild the network and its preprocessing) and {@code synset.txt} (the classes in
 * output order). Both are made from the provenance being published, so they always describe the
 * parameter file {@code model.json} names.
 */
final class ServingFiles {
    private ServingFiles() {}

    /**
     * @param p the provenance being published, with its parameter file and checksum
     * @return file name → content, for {@link ModelSave} to publish before {@code model.json}
     */
    static Map<String, byte[]> of(Provenance p) {
        byte[] synset = (String.join("\n", p.classNames()) + "\n").getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ServingKeys.SYNSET, synset);
        files.put(ServingKeys.FILE, properties(p, Checksums.hex(sha256(synset))).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String properties(Provenance p, String synsetSha256) {
        long[] shape = p.inputShape();
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("engine", "PyTorch");
        keys.put("blockFactory", ServingKeys.BLOCK_FACTORY_CLASS);
        keys.put("translatorFactory", ServingKeys.TRANSLATOR_FACTORY_CLASS);
        keys.put(ServingKeys.MODEL_NAME_OPTION, ServingKeys.MODEL_NAME);
        keys.put(ServingKeys.EPOCH_OPTION, Integer.toString(DjlParameterFile.epochOf(p.parameterFile())));
        keys.put("width", Long.toString(shape[shape.length - 1]));
        keys.put("height", Long.toString(shape[shape.length - 2]));
        keys.put("flag", shape[0] == 1 ? "GRAYSCALE" : "COLOR");
        keys.put("applySoftmax", "true");
        // DJL's own image translator would feed uint8 pixels, which the glyph network refuses by name,
        // instead of a plausible but unpreprocessed float image.
        keys.put("toTensor", "false");
        keys.put(ServingKeys.ARCHITECTURE, p.architecture());
        new TreeMap<>(p.architectureOptions()).forEach((k, v) -> keys.put(ServingKeys.ARCHITECTURE_OPTION + k, v));
        keys.put(ServingKeys.DATASET, p.dataset());
        new TreeMap<>(p.datasetOptions()).forEach((k, v) -> keys.put(ServingKeys.DATASET_OPTION + k, v));
        keys.put(
                ServingKeys.INPUT_SHAPE,
                LongStream.of(shape).mapToObj(Long::toString).collect(Collectors.joining(",")));
        keys.put(ServingKeys.CLASSES, Integer.toString(p.classNames().size()));
        keys.put(ServingKeys.PARAMETER_FILE, p.parameterFile());
        keys.put(ServingKeys.PARAMETER_SHA256, p.parameterSha256().toLowerCase(Locale.ROOT));
        keys.put(ServingKeys.SYNSET_SHA256, synsetSha256);
        StringBuilder out =
                new StringBuilder("# What DJL needs to load this model; written by glyph with model.json.\n");
        keys.forEach((k, v) ->
                out.append(escape(k, true)).append('=').append(escape(v, false)).append('\n'));
        return out.toString();
    }

    /** Properties-file escaping, so any option value reads back as written. */
    private static String escape(String s, boolean key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '=', ':', '#', '!' -> b.append('\\').append(c);
                case ' ' -> b.append(key || i == 0 ? "\\ " : " ");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static java.security.MessageDigest sha256(byte[] bytes) {
        java.security.MessageDigest digest = Checksums.sha256();
        digest.update(bytes);
        return digest;
    }
}
