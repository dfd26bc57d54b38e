package org.glyphtransfer.api;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;

/**
 * The folder that relative dataset paths are resolved against: {@code --data-root}, else the
 * environment variable {@code GLYPH_DATA}, else {@code ~/.glyph/data}.
 */
public final class DataRoot {
    /** The environment variable that names the data root. */
    public static final String ENV = "GLYPH_DATA";

    private final Path path;
    private final String origin;

    private DataRoot(Path path, String origin) {
        this.path = path.toAbsolutePath().normalize();
        this.origin = origin;
    }

    /**
     * Resolves the data root from an explicit value, the environment, or the default.
     *
     * @param explicit the value of {@code --data-root}, or {@code null}
     * @return the data root
     */
    public static DataRoot locate(String explicit) {
        return locate(explicit, System.getenv(ENV));
    }

    static DataRoot locate(String explicit, String env) {
        if (explicit != null && !explicit.isBlank()) {
            return new DataRoot(Paths.get(explicit), "--data-root");
        }
        if (env != null && !env.isBlank()) {
            return new DataRoot(Paths.get(env), ENV);
        }
        return new DataRoot(Paths.get(System.getProperty("user.home"), ".glyph", "data"), "default");
    }

    /**
     * A data root at a fixed path, for tests and library users.
     *
     * @param path the folder
     * @return the data root
     */
    public static DataRoot of(Path path) {
        return new DataRoot(Objects.requireNonNull(path), "explicit");
    }

    /** @return the absolute folder */
    public Path path() {
        return path;
    }

    /** @return where the value came from: {@code --data-root}, {@code GLYPH_DATA}, default, explicit */
    public String origin() {
        return origin;
    }

    /**
     * Resolves a user path: absolute paths stay, relative ones are taken under the root.
     *
     * @param userPath the path as the user wrote it
     * @return the absolute path
     */
    public Path resolve(String userPath) {
        Path p = Paths.get(userPath);
        return p.isAbsolute() ? p.normalize() : path.resolve(p).normalize();
    }

    @Override
    public String toString() {
        return path + " (" + origin + ")";
    }
}
