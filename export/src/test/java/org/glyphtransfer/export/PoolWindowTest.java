package org.glyphtransfer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.pooling.Pool;
import java.util.Optional;
import org.glyphtransfer.testing.CpuEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The window of DJL's pooling blocks is read from their answers, whatever kernel and stride a
 * plugin chose; a pooling with padding or a ceiling mode, which the export does not write, is not
 * mistaken for one without.
 */
class PoolWindowTest {
    static NDManager manager;
    static Probe probe;

    @BeforeAll
    static void start() {
        CpuEngine.startOnce();
        manager = NDManager.newBaseManager();
        probe = new Probe(manager);
    }

    @AfterAll
    static void stop() {
        probe.close();
        manager.close();
    }

    @ParameterizedTest(name = "{0} pool {1}x{2} stride {3}x{4} on {5}x{6}")
    @CsvSource({
        "max, 2, 2, 2, 2, 28, 28",
        "avg, 2, 2, 2, 2, 13, 13",
        "max, 3, 3, 2, 2, 28, 28",
        "avg, 3, 2, 1, 2, 9, 12",
        "max, 5, 5, 5, 5, 5, 5",
        "avg, 1, 1, 1, 1, 4, 4"
    })
    void readsKernelAndStride(String kind, int kh, int kw, int sh, int sw, int h, int w) {
        boolean max = kind.equals("max");
        Shape kernel = new Shape(kh, kw);
        Shape stride = new Shape(sh, sw);
        Block pool = max ? Pool.maxPool2dBlock(kernel, stride) : Pool.avgPool2dBlock(kernel, stride);
        Optional<PoolWindow> window = PoolWindow.measure(probe, pool, new Shape(1, 3, h, w), max);
        // A single output position says nothing of the stride: the export then takes the kernel as stride.
        int expectedSh = (h - kh) / sh + 1 == 1 ? kh : sh;
        int expectedSw = (w - kw) / sw + 1 == 1 ? kw : sw;
        assertEquals(Optional.of(new PoolWindow(kh, kw, expectedSh, expectedSw)), window);
    }

    @ParameterizedTest(name = "{0} pool with padding {1}, ceiling mode {2}")
    @CsvSource({"max, 1, false", "avg, 1, false", "max, 0, true", "avg, 0, true"})
    void paddingAndCeilingModeAreNotMistakenForPlainPooling(String kind, int padding, boolean ceil) {
        boolean max = kind.equals("max");
        Shape three = new Shape(3, 3);
        Shape two = new Shape(2, 2);
        Shape pad = new Shape(padding, padding);
        Block pool = max ? Pool.maxPool2dBlock(three, two, pad, ceil) : Pool.avgPool2dBlock(three, two, pad, ceil);
        assertTrue(PoolWindow.measure(probe, pool, new Shape(1, 2, 14, 14), max).isEmpty());
    }
}
