package org.glyphtransfer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;

/**
 * Writes the inputs the model saw as PNG files: {@code DIR/<path below the folder argument>.png},
 * or {@code DIR/<file name>.png} for a file argument, with {@code -2}, {@code -3}, … when two
 * inputs would share a name.
 */
final class PreprocessedImages {
    private PreprocessedImages() {}

    static Map<FilePredictions.Result, Path> write(Path dir, List<FilePredictions.Result> results) {
        Map<FilePredictions.Result, Path> written = new LinkedHashMap<>();
        Set<Path> used = new HashSet<>();
        for (FilePredictions.Result r : results) {
            if (r.failed()) {
                continue;
            }
            Path target = unique(dir.resolve(withPngExtension(r.input().relative())), used);
            try {
                AtomicFiles.write(target, r.prediction().inputPng());
            } catch (IOException e) {
                throw new GlyphException(
                        "Cannot write the preprocessed image " + target + " (" + e.getMessage()
                                + "); pass a writable folder to --save-preprocessed.",
                        e);
            }
            written.put(r, target);
        }
        return written;
    }

    private static Path withPngExtension(Path relative) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String png = (dot > 0 ? name.substring(0, dot) : name) + ".png";
        Path parent = relative.getParent();
        return parent == null ? Path.of(png) : parent.resolve(png);
    }

    private static Path unique(Path candidate, Set<Path> used) {
        Path target = candidate;
        String name = candidate.getFileName().toString();
        String stem = name.substring(0, name.length() - ".png".length());
        for (int n = 2; !used.add(target); n++) {
            target = candidate.resolveSibling(stem + "-" + n + ".png");
        }
        return target;
    }

    static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GlyphException(
                    "Folder " + dir + " for --save-preprocessed cannot be created (" + e.getMessage() + ").", e);
        }
    }
}
