package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on {@code --device gpu}: pretraining, transfer in two phases, evaluation, and
 * the same model folder evaluated on the CPU with the same result. Runs only where libtorch sees a
 * CUDA device, i.e. with DJL's CUDA build in place of {@code pytorch-native-cpu} (README, GPU).
 */
class GpuPipelineIT {
    @TempDir
    Path tmp;

    private static void needsAGpu() {
        int gpus = Engine.getEngine("PyTorch").getGpuCount();
        assumeTrue(
                gpus > 0,
                "no GPU seen by PyTorch (this build bundles the CPU libtorch): the GPU pipeline test is skipped;"
                        + " swap ai.djl.pytorch:pytorch-native-cpu for pytorch-native-cu128 to run it");
    }

    private CliRun glyph(String device, String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(new String[] {"--device", device, "--quiet", "--data-root", tmp.toString()}, 0, all, 0, 5);
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRun.of(all);
    }

    @Test
    void pretrainTransferAndEvaluateOnTheGpuGiveAModelTheCpuScoresTheSame() {
        needsAGpu();
        Path digits = BadInputFiles.idxDataset(tmp.resolve("digits"), 400, 28, 10);
        Path letters = BadInputFiles.idxDataset(tmp.resolve("letters"), 200, 28, 5);
        Path source = tmp.resolve("source");
        Path target = tmp.resolve("target");
        CliRun pretrain = glyph(
                "gpu",
                "pretrain",
                "--model",
                "simple-cnn",
                "--dataset",
                "idx",
                "--option",
                "dir=" + digits,
                "--epochs",
                "2",
                "--out",
                source.toString());
        assertEquals(0, pretrain.code, pretrain.toString());
        CliRun transfer = glyph(
                "gpu",
                "transfer",
                "--from",
                source.toString(),
                "--dataset",
                "idx",
                "--option",
                "dir=" + letters,
                "--head-epochs",
                "1",
                "--fine-epochs",
                "1",
                "--out",
                target.toString());
        assertEquals(0, transfer.code, transfer.toString());
        JsonObject onGpu = evaluation(glyph("gpu", "evaluate", "--model", target.toString(), "--json"));
        JsonObject onCpu = evaluation(glyph("cpu", "evaluate", "--model", target.toString(), "--json"));
        assertEquals(onCpu.get("accuracy").getAsDouble(), onGpu.get("accuracy").getAsDouble(), 1e-9);
        assertEquals(onCpu.get("loss").getAsDouble(), onGpu.get("loss").getAsDouble(), 1e-4);
        assertTrue(onGpu.get("accuracy").getAsDouble() > 0.2, onGpu.toString());
    }

    private static JsonObject evaluation(CliRun run) {
        assertEquals(0, run.code, run.toString());
        return JsonParser.parseString(run.out).getAsJsonObject();
    }
}
