package org.glyphtransfer.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.glyphtransfer.transfer.testing.LibraryUserMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a library user's program prints by default, in a JVM of its own without a logging backend:
 * progress and glyph's own warnings, and no warnings from SLF4J or libtorch.
 */
class LibraryConsoleTest {
    @TempDir
    Path dir;

    @Test
    void defaultRunShowsProgressAndNoWarnings() throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j-simple"))
                .collect(Collectors.joining(File.pathSeparator));
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dai.djl.offline=true",
                        "-cp",
                        classPath,
                        LibraryUserMain.class.getName(),
                        dir.resolve("model").toString()))
                .redirectError(err.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the program did not finish in 2 minutes");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertTrue(Files.readString(dir.resolve("out.txt")).startsWith("accuracy "));
        assertTrue(stderr.contains("phase 'pretrain'"), stderr);
        assertTrue(stderr.contains("epoch   2  loss"), stderr);
        assertTrue(stderr.contains("warning: phase 'pretrain' makes only 8 optimiser steps"), stderr);
        assertFalse(stderr.contains("SLF4J"), stderr);
        assertFalse(stderr.contains("AutoNonVariableTypeMode"), stderr);
        assertFalse(stderr.contains("Warning"), stderr);
    }
}
