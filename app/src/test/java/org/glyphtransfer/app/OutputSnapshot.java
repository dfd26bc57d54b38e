package org.glyphtransfer.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What an output path holds: nothing (absent), or every file and folder under it with a digest
 * of each file, so a run that must not write can be checked to have left it as it was.
 */
final class OutputSnapshot {
    private OutputSnapshot() {}

    /**
     * @param path a folder, a file, or nothing
     * @return "absent", or relative path → SHA-256 (files) or "folder"
     */
    static Map<String, String> of(Path path) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(path)) {
            entries.put("", "absent");
            return entries;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                entries.put(path.relativize(p).toString(), Files.isDirectory(p) ? "folder" : sha256(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
