package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The inputs of one outputs-apart test, copied into the test's own folder: the synthetic letter
 * model, its letters dataset and a folder of two letter images. {@link #refused} runs glyph on them
 * and checks that it refused to write over what it reads.
 */
final class CopiedInputs {
    /** The test's own folder, which holds the copies. */
    final Path dir;

    final Path model;
    final Path letters;
    final Path images;
    /** The data root glyph runs with: the test's folder, unless a test points it elsewhere. */
    Path dataRoot;

    CopiedInputs(Path dir) throws IOException {
        this.dir = dir;
        model = copy(LetterModels.synthetic(), dir.resolve("model"));
        letters = copy(LetterModels.syntheticData(), dir.resolve("letters"));
        dataRoot = dir;
        images = dir.resolve("images");
        Files.createDirectories(images);
        Files.copy(letters.resolve("Testing/L/L_0.png"), images.resolve("L_0.png"));
        Files.copy(letters.resolve("Testing/X/X_1.png"), images.resolve("X_1.png"));
    }

    /**
     * Runs glyph and checks that it refused: exit 2, one line naming the option and both paths, no
     * stack trace, and the inputs unchanged byte for byte.
     */
    void refused(List<Path> inputs, String option, String output, Path input, String... args) {
        Map<String, String> before = hashes(inputs);
        CliRun run = glyph(args);
        assertEquals(2, run.code, run.toString());
        String message = run.err.strip();
        assertEquals(1, message.lines().count(), run.toString());
        assertTrue(message.contains(option + " " + output + " "), run.toString());
        assertTrue(message.contains(" " + input + ","), run.toString());
        assertFalse(CliRun.hasStackTrace(run.err), run.toString());
        assertEquals(before, hashes(inputs), "an input was modified");
    }

    CliRun glyph(String... args) {
        List<String> all = new ArrayList<>(
                List.of("--device", "cpu", "--threads", "1", "--quiet", "--data-root", dataRoot.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    static String str(Path p) {
        return p.toString();
    }

    /** Every file under the inputs with its SHA-256, so that an added, removed or changed file shows. */
    private static Map<String, String> hashes(List<Path> inputs) {
        Map<String, String> hashes = new TreeMap<>();
        for (Path input : inputs) {
            try (Stream<Path> walk = Files.walk(input)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    hashes.put(f.toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return hashes;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
