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
        return javaBlock(readme, 0);
    }

    /** @return the n-th (0-based) Java block of the library section */
    static String javaBlock(String readme, int n) {
        int from = readme.indexOf("## Use it as a library");
        for (int i = 0; i < n; i++) {
            from = readme.indexOf("```", readme.indexOf("```java\n", from) + 3) + 3;
        }
        int start = readme.indexOf("```java\n", from) + "```java\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end);
    }

    private static String readme() throws java.io.IOException {
        return Files.readString(Path.of(System.getProperty("glyph.examples")).resolveSibling("README.md"));
    }

    /** Compiles a README program as written and runs it in its own JVM in the work folder. */
    private String compileAndRun(String className, String source, int minutes) throws Exception {
        Path file = work.resolve(className + ".java");
        Files.writeString(file, source);
        String classPath = System.getProperty("java.class.path");
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-d", work.toString(), "-cp", classPath, file.toString());
        assertEquals(0, compiled, "the README program " + className + " does not compile");
        Path log = work.resolve(className + ".log");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx3g",
                        "-Dai.djl.offline=true",
                        "-cp",
                        work + File.pathSeparator + classPath,
                        className)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(p.waitFor(minutes, TimeUnit.MINUTES), className + " did not finish in " + minutes + " minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    @Test
    void readmeEvaluationPredictionListenerAndPluginInCodeRun() throws Exception {
        RealData.root("the README example needs the real data");
        String source = javaBlock(readme(), 1);
        assertTrue(source.contains("public class LettersInCode"), source);
        String output = compileAndRun("LettersInCode", source, 3);
        assertTrue(output.contains("epoch 10: validation accuracy"), output);
        Matcher m = Pattern.compile("test accuracy (\\d\\.\\d+), macro F1 (\\d\\.\\d+)\\R+predicted ([A-Z])")
                .matcher(output);
        assertTrue(m.find(), output);
        assertTrue(Double.parseDouble(m.group(1)) > 0.3, "26 letters, chance 0.04: " + m.group(1));
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
        for (String f : List.of(
                "model.json",
                "model-0000.params",
                "serving.properties",
                "synset.txt",
                "report.json",
                "report.md",
                "curves.png")) {
            assertTrue(Files.exists(work.resolve("models/letters").resolve(f)), f);
        }
    }
}
