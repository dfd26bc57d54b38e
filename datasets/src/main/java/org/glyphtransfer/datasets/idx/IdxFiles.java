package org.glyphtransfer.datasets.idx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an IDX file in a folder under the spellings it is distributed with: with or without
 * {@code .gz}, and {@code name-idx3-ubyte} or {@code name.idx3-ubyte}.
 */
public final class IdxFiles {
    private IdxFiles() {}

    /**
     * The names tried for a file, in order.
     *
     * @param name the canonical name, e.g. {@code train-images-idx3-ubyte}
     * @return the candidate names
     */
    public static List<String> candidates(String name) {
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        Set<String> names = new LinkedHashSet<>();
        for (String stem : List.of(base, base.replace("-idx", ".idx"))) {
            names.add(stem);
            names.add(stem + ".gz");
        }
        return new ArrayList<>(names);
    }

    /**
     * Finds a file.
     *
     * @param dir the folder
     * @param name the canonical name
     * @return the first candidate that exists
     */
    public static Optional<Path> find(Path dir, String name) {
        for (String candidate : candidates(name)) {
            Path path = dir.resolve(candidate);
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
