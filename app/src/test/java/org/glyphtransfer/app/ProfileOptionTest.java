package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --profile} ends a training run with the time of every stage of the whole process. */
class ProfileOptionTest {
    @TempDir
    Path tmp;

    @Test
    void pretrainProfilePrintsEveryStageAndTheWholeProcess() throws Exception {
        Path digits = BadInputFiles.idxDataset(tmp.resolve("digits"), 120, 28, 10);
        CliRun run = CliRun.of(
                "--device",
                "cpu",
                "--threads",
                "1",
                "--quiet",
                "--data-root",
                tmp.toString(),
                "pretrain",
                "--model",
                "mlp",
                "--dataset",
                "idx",
                "--option",
                "dir=" + digits,
                "--epochs",
                "2",
                "--out",
                tmp.resolve("model").toString(),
                "--profile");
        assertEquals(0, run.code, run.toString());
        for (String stage : new String[] {
            "JVM start, up to glyph's main",
            "engine start",
            "data loading",
            "pretrain: optimiser steps",
            "pretrain: validation passes",
            "pretrain: checkpoints and epoch upkeep",
            "pretrain: test evaluation",
            "pretrain: saving the model",
            "report and plots",
            "the rest: command line, plugins, output"
        }) {
            assertTrue(seconds(run.out, stage) >= 0, stage + " missing from:\n" + run.out);
        }
        double whole = seconds(run.out, "whole process so far");
        assertTrue(whole >= seconds(run.out, "pretrain: optimiser steps"), run.out);
    }

    @Test
    void withoutProfileNoTableIsPrinted() throws Exception {
        Path digits = BadInputFiles.idxDataset(tmp.resolve("digits"), 120, 28, 10);
        CliRun run = CliRun.of(
                "--device",
                "cpu",
                "--threads",
                "1",
                "--quiet",
                "--data-root",
                tmp.toString(),
                "pretrain",
                "--model",
                "linear",
                "--dataset",
                "idx",
                "--option",
                "dir=" + digits,
                "--epochs",
                "1",
                "--out",
                tmp.resolve("model").toString());
        assertEquals(0, run.code, run.toString());
        assertTrue(!run.out.contains("whole process so far"), run.out);
    }

    private static double seconds(String out, String stage) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(stage) + "\\s+([0-9.]+)\\s+[0-9.]+%$")
                .matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
