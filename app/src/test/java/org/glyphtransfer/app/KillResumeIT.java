package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glyphtransfer.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real training run killed with SIGKILL in the middle of an epoch, then resumed: it must
 * finish, lose at most the epoch in flight, leave no corrupt file, and end with the metrics of
 * an uninterrupted run.
 */
class KillResumeIT {
    private static final Pattern EPOCH = Pattern.compile("^\\s*epoch\\s+(\\d+)\\s+loss");

    @TempDir
    Path temp;

    private List<String> command(Path out, String... extra) {
        List<String> c = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Paths.get(System.getProperty("glyph.jar", "target/glyph.jar"))
                        .toAbsolutePath()
                        .toString(),
                "pretrain",
                "--model",
                "simple-cnn",
                "--dataset",
                "mnist",
                "--option",
                "perClass=300",
                "--epochs",
                "6",
                "--seed",
                "3",
                "--threads",
                "2",
                "--quiet",
                "--out",
                out.toString()));
        c.addAll(List.of(extra));
        return c;
    }

    /** Runs to the end; returns the epochs it printed. */
    private List<Integer> runToEnd(Path out, String... extra) throws Exception {
        Process p = new ProcessBuilder(command(out, extra))
                .redirectErrorStream(true)
                .start();
        List<Integer> epochs = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                log.append(line).append('\n');
                Matcher m = EPOCH.matcher(line);
                if (m.find()) {
                    epochs.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), log.toString());
        return epochs;
    }

    private static double testAccuracy(Path out) throws IOException {
        JsonObject report = JsonParser.parseString(Files.readString(out.resolve("report.json")))
                .getAsJsonObject();
        return report.getAsJsonObject("run")
                .getAsJsonObject("evaluation")
                .get("accuracy")
                .getAsDouble();
    }

    @Test
    void killedInTheMiddleOfAnEpochThenResumed() throws Exception {
        RealData.root("this test trains on MNIST");
        Path straight = temp.resolve("straight");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), runToEnd(straight));

        Path out = temp.resolve("killed");
        Process p = new ProcessBuilder(command(out)).redirectErrorStream(true).start();
        int lastSeen = 0;
        long epochSeconds = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            long previous = System.nanoTime();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Matcher m = EPOCH.matcher(line);
                if (m.find()) {
                    lastSeen = Integer.parseInt(m.group(1));
                    long now = System.nanoTime();
                    epochSeconds = now - previous;
                    previous = now;
                    if (lastSeen == 2) {
                        break;
                    }
                }
            }
            // Half an epoch into epoch 3: the kill lands in the middle of its batches.
            Thread.sleep(Math.max(50, TimeUnit.NANOSECONDS.toMillis(epochSeconds) / 2));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(2, lastSeen);
        assertEquals(137, p.exitValue(), "the process must have died from SIGKILL");
        assertFalse(Files.exists(out.resolve("model.json")), "a killed run must not leave a model behind");
        assertTrue(Files.isDirectory(out.resolve("checkpoint")), "the killed run must leave a checkpoint");

        List<Integer> resumed = runToEnd(out, "--resume");
        assertFalse(resumed.isEmpty());
        int first = resumed.get(0);
        assertTrue(
                first == 3 || first == 4,
                "resumed at epoch " + first + " after epoch 2 had finished: more than one epoch lost");
        assertEquals(6, resumed.get(resumed.size() - 1));
        assertFalse(Files.exists(out.resolve("checkpoint")), "checkpoints are removed when the run completes");
        // Every epoch starts from seeds derived from (seed, phase, epoch): the resumed run repeats the straight one.
        assertEquals(testAccuracy(straight), testAccuracy(out), 0.002);
        ProcessBuilder evaluate = new ProcessBuilder(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-jar",
                        Paths.get(System.getProperty("glyph.jar", "target/glyph.jar"))
                                .toAbsolutePath()
                                .toString(),
                        "evaluate",
                        "--model",
                        out.toString(),
                        "--quiet")
                .redirectErrorStream(true);
        Process e = evaluate.start();
        String evaluation = new String(e.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(e.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, e.exitValue(), "the resumed model must load and evaluate: " + evaluation);
    }
}
