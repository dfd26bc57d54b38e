package org.glyphtransfer.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.glyphtransfer.api.DataRoot;

/**
 * The guard of tests on the real data: the data root comes from the environment variable
 * {@code GLYPH_DATA}, and a test that needs it is skipped (a JUnit assumption, never a failure)
 * when the variable is not set.
 *
 * <p>Two guards, as the tests had them: {@link #root(String)} skips only when the variable is
 * missing, and a value that names no folder goes on to fail in the test; {@link #folder(String)}
 * also skips when the value is blank or names no folder.
 */
public final class RealData {
    /** The environment variable that names the real data root. */
    public static final String VARIABLE = DataRoot.ENV;

    private RealData() {}

    /** @return the folder {@code GLYPH_DATA} names as given, or empty when it is unset or blank; never skips */
    public static Optional<Path> find() {
        String value = System.getenv(VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /**
     * Skips the calling test when {@code GLYPH_DATA} is not set.
     *
     * @param why what the test needs the data for, for the skip message
     * @return the folder {@code GLYPH_DATA} names, as given
     */
    public static Path root(String why) {
        String value = System.getenv(VARIABLE);
        assumeTrue(value != null, VARIABLE + " is not set: " + why);
        return Path.of(value);
    }

    /**
     * Skips the calling test when {@code GLYPH_DATA} is not set, is blank or names no folder.
     *
     * @param why what the test needs the data for, for the skip message
     * @return the folder {@code GLYPH_DATA} names, absolute and normalised
     */
    public static Path folder(String why) {
        String value = System.getenv(VARIABLE);
        assumeTrue(value != null && !value.isBlank(), VARIABLE + " is not set: " + why);
        Path root = Path.of(value).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root), VARIABLE + "=" + value + " is not a folder: " + why);
        return root;
    }
}
