package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugins folder holding the working example plugin next to a truncated copy and a file that is
 * not a zip, and one holding the example compiled for a newer Java: the command line names each bad
 * jar once, with the reason and without a stack trace, and the other plugins keep working.
 */
class BrokenPluginJarTest {
    @TempDir
    static Path temp;

    static Path plugins;
    static Path newer;

    @BeforeAll
    static void buildPlugins() throws IOException {
        plugins = Files.createDirectories(temp.resolve("plugins"));
        newer = Files.createDirectories(temp.resolve("newer"));
        Path good = ExamplePluginJar.build(Files.createDirectories(temp.resolve("scratch")), plugins);
        patchClassVersion(good, newer.resolve("newer-java.jar"), 99);
        byte[] bytes = Files.readAllBytes(good);
        Files.write(plugins.resolve("truncated.jar"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(plugins.resolve("not-a-zip.jar"), "<html>404 Not Found</html>\n");
    }

    /** Copies a jar with the major version of every class file set to {@code major}. */
    private static void patchClassVersion(Path jar, Path copy, int major) throws IOException {
        try (InputStream file = Files.newInputStream(jar);
                ZipInputStream in = new ZipInputStream(file);
                OutputStream target = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().endsWith(".class")) {
                    data[6] = (byte) (major >> 8);
                    data[7] = (byte) major;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
    }

    private static long count(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).count();
    }

    @Test
    void eachBadJarIsNamedOnceAndTheGoodPluginIsListed() {
        CliRun run = CliRun.of("--plugins", plugins.toString(), "models");
        assertEquals(0, run.code, run.toString());
        assertNotNull(run.row("tiny-cnn"), run.toString());
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
        assertEquals(2, count(run.err, "glyph: warning: Plugin jar "), run.err);
        assertEquals(1, count(run.err, "truncated.jar was skipped: it is not a readable jar file"), run.err);
        assertEquals(1, count(run.err, "not-a-zip.jar was skipped: it is not a readable jar file"), run.err);
    }

    @Test
    void aJarForANewerJavaIsNamedOnceAndTheBuiltInPluginsWork() {
        CliRun run = CliRun.of("--plugins", newer.toString(), "models");
        assertEquals(0, run.code, run.toString());
        assertNotNull(run.row("simple-cnn"), run.toString());
        assertEquals(1, count(run.err, "glyph: warning: Plugin jar "), run.err);
        assertEquals(1, count(run.err, "newer-java.jar was skipped: its class org.glyphtransfer.examples."), run.err);
        assertTrue(run.err.contains("was compiled for Java 55, newer than this Java"), run.err);
        assertFalse(run.err.contains("UnsupportedClassVersionError"), run.err);
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
    }

    @Test
    void anUnknownModelNamesTheJarThatWasSkipped() {
        CliRun run = CliRun.of("--plugins", newer.toString(), "models", "--detail", "tiny-cnn");
        assertEquals(GlyphMain.USER_ERROR, run.code, run.toString());
        String error = run.err
                .lines()
                .filter(l -> l.startsWith("glyph: Unknown model 'tiny-cnn'"))
                .findFirst()
                .orElse("");
        assertTrue(error.contains("; not loaded: Plugin jar newer-java.jar was skipped: its class "), run.err);
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
    }
}
