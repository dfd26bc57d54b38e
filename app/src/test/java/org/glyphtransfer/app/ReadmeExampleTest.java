package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.glyphtransfer.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles the README's library example exactly as written and runs it on the real data. */
class ReadmeExampleTest {
    @TempDir
    Path work;

    static String librarySection(String readme) {
        int section = readme.indexOf("## Use it as a library");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end);
    }

    @Test
    void readmeExampleCompilesAndRuns() throws Exception {
        RealData.root("the README example needs the real data");
        String readme =
                Files.readString(Path.of(System.getProperty("glyph.examples")).resolveSibling("README.md"));
        String source = librarySection(readme);
        long lines = source.lines().count();
        assertTrue(lines <= 40, "README example has " + lines + " lines");
        Path file = work.resolve("QuickTransfer.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("java.class.path");
        int compiled = javac.run(null, null, null, "-d", work.toString(), "-cp", classPath, file.toString());
        assertEquals(0, compiled, "the README example does not compile");

        Path log = work.resolve("run.log");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx3g",
                        "-Dai.djl.offline=true",
                        "-cp",
                        work + File.pathSeparator + classPath,
                        "QuickTransfer")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(p.waitFor(6, TimeUnit.MINUTES), "README example did not finish in 6 minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        Matcher m = Pattern.compile("digits (\\d\\.\\d+), letters (\\d\\.\\d+), scratch (\\d\\.\\d+)")
                .matcher(output);
        assertTrue(m.find(), output);
        assertTrue(
                Double.parseDouble(m.group(1)) > 0.9,
                "MNIST test accuracy after 3 epochs on 10,000 digits (chance 0.1): " + m.group(1));
        assertTrue(Double.parseDouble(m.group(2)) > 0.5, "letters test accuracy " + m.group(2));
        for (String f : List.of("model.json", "model.params", "report.json", "report.md", "curves.png")) {
            assertTrue(Files.exists(work.resolve("models/letters").resolve(f)), f);
        }
    }
}
