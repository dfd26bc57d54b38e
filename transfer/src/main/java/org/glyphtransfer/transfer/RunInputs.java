package org.glyphtransfer.transfer;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphtransfer.api.io.PathRules;

/**
 * What a run reads: the source model folder and the files and folders of its dataset and model
 * plugins, with the data root they lie in. An output is kept apart from all of them
 * ({@link PathRules}); it may lie inside the data root, beside the datasets, but not be or contain it.
 *
 * @param files what each input is, for messages, and its path
 * @param dataRoot the data root, or null
 */
public record RunInputs(Map<String, Path> files, Path dataRoot) {
    /** The option named in messages: the command line's, which the fluent API's {@code saveTo} stands for. */
    static final String OUT = "--out";

    public RunInputs {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    static RunInputs none() {
        return new RunInputs(Map.of(), null);
    }

    /**
     * @param rt the runtime: registry and data root
     * @param sourceModel the model folder the run loads, or null
     * @param plugins the dataset and model choices the run loads
     * @return what the run reads
     */
    public static RunInputs of(GlyphRuntime rt, Path sourceModel, PluginChoice... plugins) {
        Map<String, Path> files = new LinkedHashMap<>();
        if (sourceModel != null) {
            files.put("the source model folder", sourceModel);
        }
        for (PluginChoice p : plugins) {
            if (p != null) {
                files.putAll(p.readPaths(rt));
            }
        }
        return new RunInputs(files, rt.dataRoot().path());
    }

    /**
     * @param output the output file or folder, or null
     * @throws org.glyphtransfer.api.GlyphException when it is, contains or lies inside an input, or is or contains
     *     the data root
     */
    public void requireApart(Path output) {
        PathRules.requireApart(OUT, output, files);
        if (dataRoot != null) {
            PathRules.requireNotAbove(OUT, output, Map.of("the data root", dataRoot));
        }
    }
}
