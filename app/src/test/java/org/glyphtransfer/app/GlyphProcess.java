package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shaded {@code glyph.jar} as a user does ({@code java -jar}) in a fresh process, offline,
 * with no plugins folder from the environment and a given data root.
 */
final class GlyphProcess {
    private final Path jar;
    private final Path workDir;
    private final Path dataRoot;

    /**
     * @param workDir the working folder of every run, where stdout and stderr are captured too
     * @param dataRoot the value of GLYPH_DATA for every run
     */
    GlyphProcess(Path workDir, Path dataRoot) {
        this.jar =
                Paths.get(System.getProperty("glyph.jar", "target/glyph.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " is missing; build it with mvn package first");
        this.workDir = workDir;
        this.dataRoot = dataRoot;
    }

    /** One finished run. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    Result run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        // Any download attempt would go to a closed port and fail.
        for (String scheme : new String[] {"http", "https"}) {
            command.add("-D" + scheme + ".proxyHost=127.0.0.1");
            command.add("-D" + scheme + ".proxyPort=9");
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        Map<String, String> env = builder.environment();
        env.remove("GLYPH_PLUGINS");
        env.remove("GLYPH_ONLINE");
        env.put("GLYPH_DATA", dataRoot.toString());
        Path out = Files.createTempFile(workDir, "out-", ".txt");
        Path err = Files.createTempFile(workDir, "err-", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("glyph " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
