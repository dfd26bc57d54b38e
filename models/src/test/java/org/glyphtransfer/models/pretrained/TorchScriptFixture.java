package org.glyphtransfer.models.pretrained;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a small TorchScript feature extractor with the system's Python and PyTorch (Debian's
 * {@code python3-torch}): three convolutions with BatchNorm and global pooling, N × 3 × H × W →
 * N × 512 × 1 × 1 like DJL's resnet18_embedding, traced and saved with {@code torch.jit.save}.
 */
final class TorchScriptFixture {
    /** Learnable parameters of the traced network: 432 + 32 + 9,216 + 128 + 33,280. */
    static final long PARAMETERS = 43_088;

    private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");
    private static final String SCRIPT = String.join(
            "\n",
            "import sys, torch, torch.nn as nn",
            "torch.manual_seed(0)",
            "class Features(nn.Module):",
            "    def __init__(self):",
            "        super().__init__()",
            "        self.body = nn.Sequential(",
            "            nn.Conv2d(3, 16, 3, stride=2, padding=1, bias=False), nn.BatchNorm2d(16), nn.ReLU(),",
            "            nn.Conv2d(16, 64, 3, stride=2, padding=1, bias=False), nn.BatchNorm2d(64), nn.ReLU(),",
            "            nn.Conv2d(64, 512, 1), nn.AdaptiveAvgPool2d(1))",
            "    def forward(self, x):",
            "        return self.body(x)",
            "net = Features().eval()",
            "torch.jit.trace(net, torch.rand(2, 3, 64, 64)).save(sys.argv[1])",
            "");

    private TorchScriptFixture() {}

    /**
     * Writes the TorchScript file, or skips the calling test when no Python with PyTorch exists.
     *
     * @param file where to save it
     * @return the file
     */
    static Path create(Path file) throws IOException, InterruptedException {
        String python = pythonWithTorch();
        assumeTrue(
                python != null,
                "No python3 with PyTorch (Debian package python3-torch) found in " + PYTHONS
                        + "; the TorchScript import test needs it to make its .pt file");
        Path script = file.resolveSibling("make_features.py");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(python, script.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.isRegularFile(file)) {
            throw new IllegalStateException("Tracing the test network failed: " + output);
        }
        return file;
    }

    private static String pythonWithTorch() throws InterruptedException {
        for (String python : PYTHONS) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import torch")
                        .redirectErrorStream(true)
                        .start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return python;
                }
            } catch (IOException notInstalled) {
                // try the next candidate
            }
        }
        return null;
    }
}
