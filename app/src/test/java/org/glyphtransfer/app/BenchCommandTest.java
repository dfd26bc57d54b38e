package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingPeerScriptIsRefusedBeforeAnyMeasurement() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = GlyphMain.run(
                new String[] {
                    "bench",
                    "--peer-script",
                    dir.resolve("nope.py").toString(),
                    "--out",
                    dir.resolve("bench.json").toString()
                },
                new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("nope.py") && err.toString().contains("--no-peer"), err.toString());
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "must fail before measuring");
        assertEquals("", out.toString(), "no measurement may start");
    }

    @Test
    void anArchitectureWithoutARowIsRefusedBeforeAnyMeasurement() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlyphMain.run(
                new String[] {
                    "bench",
                    "--architectures",
                    "lenet5,resnet18-imagenet",
                    "--peer-script",
                    dir.resolve("peer.py").toString(),
                    "--no-peer",
                    "--out",
                    dir.resolve("bench.json").toString()
                },
                new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(
                err.toString().contains("'resnet18-imagenet'") && err.toString().contains("TorchScript"),
                err.toString());
        assertEquals("", out.toString(), "no measurement may start");
    }
}
