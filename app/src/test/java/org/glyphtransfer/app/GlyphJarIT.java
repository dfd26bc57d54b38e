package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code glyph.jar} as a user runs it: {@code java -jar} in a fresh process, with an
 * empty DJL cache and every proxy pointing nowhere, so the PyTorch native library can only come
 * from the jar itself. Run by maven-failsafe after {@code package}.
 */
class GlyphJarIT {
    @TempDir
    static Path temp;

    static Path jar;

    @BeforeAll
    static void findJar() {
        jar = Paths.get(System.getProperty("glyph.jar", "target/glyph.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " is missing; build it with mvn package first");
    }

    private static Result glyph(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        // Any download attempt would go to a closed port and fail.
        for (String scheme : new String[] {"http", "https"}) {
            command.add("-D" + scheme + ".proxyHost=127.0.0.1");
            command.add("-D" + scheme + ".proxyPort=9");
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        Map<String, String> env = builder.environment();
        env.remove("GLYPH_PLUGINS");
        env.remove("GLYPH_ONLINE");
        env.put("DJL_CACHE_DIR", temp.resolve("djl-cache").toString());
        env.put("ENGINE_CACHE_DIR", temp.resolve("engine-cache").toString());
        Path out = Files.createTempFile(temp, "out-", ".txt");
        Path err = Files.createTempFile(temp, "err-", ".txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("glyph " + String.join(" ", args) + " did not finish in 180 s");
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void envReportsPyTorch271WithoutNetwork() throws Exception {
        Result run = glyph("env");
        assertEquals(0, run.code, run.toString());
        assertTrue(run.out.contains("PyTorch"), run.toString());
        assertTrue(run.out.contains("2.7.1"), run.toString());
        assertTrue(run.out.lines().anyMatch(l -> l.matches("device\\s+(cpu|gpu:\\d+)")), run.toString());
        assertTrue(run.out.lines().anyMatch(l -> l.matches("offline\\s+true")), run.toString());
    }

    @Test
    void unknownModelExitsTwoWithoutStackTrace() throws Exception {
        Result run = glyph("models", "--detail", "nope");
        assertEquals(2, run.code, run.toString());
        assertTrue(run.err.startsWith("glyph: Unknown model 'nope'"), run.toString());
        assertFalse(CliRun.hasStackTrace(run.err), run.toString());
    }

    private static final class Result {
        final int code;
        final String out;
        final String err;

        Result(int code, String out, String err) {
            this.code = code;
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
