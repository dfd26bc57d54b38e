package org.glyphtransfer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.glyphtransfer.api.GlyphException;
import org.junit.jupiter.api.Test;

class GlyphEngineTest {
    private static EngineInfo startCpu(int threads, long seed) {
        return GlyphEngine.start(EngineOptions.builder()
                .optDevice("cpu")
                .optThreads(threads)
                .optSeed(seed)
                .build());
    }

    private static float[] draw(long seed) {
        startCpu(1, seed);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            NDArray values = manager.randomUniform(0f, 1f, new Shape(16));
            return values.toFloatArray();
        }
    }

    @Test
    void startsPyTorch271OnTheCpuWithTheRequestedThreads() {
        EngineInfo info = GlyphEngine.start(EngineOptions.builder()
                .optDevice("cpu")
                .optThreads(1)
                .optSeed(5)
                .optOffline(true)
                .build());
        assertEquals("PyTorch", info.engineName());
        assertEquals("2.7.1", info.engineVersion());
        assertEquals(Device.cpu(), info.device());
        assertEquals("cpu", info.deviceName());
        assertEquals(1, info.threads());
        assertEquals(1, PyTorchThreads.get());
        assertTrue(info.offline());
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertEquals("engine PyTorch 2.7.1, device cpu, threads 1, seed 5, offline", info.summary());
    }

    @Test
    void aLaterStartReappliesTheThreadCount() {
        startCpu(1, 42);
        assertEquals(1, PyTorchThreads.get());
        EngineInfo info = startCpu(2, 42);
        assertEquals(2, info.threads());
        assertEquals(2, PyTorchThreads.get());
    }

    @Test
    void theSeedMakesRandomNumbersRepeat() {
        float[] first = draw(7);
        float[] again = draw(7);
        float[] other = draw(8);
        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other), "another seed draws other numbers");
    }

    @Test
    void autoPicksAGpuOnlyWhenTheEngineSeesOne() {
        startCpu(1, 42);
        Engine engine = Engine.getEngine("PyTorch");
        Device expected = engine.getGpuCount() > 0 ? Device.gpu(0) : Device.cpu();
        assertEquals(expected, DeviceSpec.AUTO.resolve(engine));
        assertEquals(Device.cpu(), DeviceSpec.CPU.resolve(engine));
    }

    @Test
    void aGpuThatIsNotThereIsAClearUserError() {
        startCpu(1, 42);
        int gpus = Engine.getEngine("PyTorch").getGpuCount();
        assumeTrue(gpus < 2, "this machine has a second GPU");
        EngineOptions options =
                EngineOptions.builder().optDevice("gpu:1").optThreads(1).build();
        GlyphException e = assertThrows(GlyphException.class, () -> GlyphEngine.start(options));
        assertEquals(
                "Device 'gpu:1' is not available: PyTorch sees " + gpus + " GPU(s); use --device cpu or auto, "
                        + "or install DJL's CUDA build (see README).",
                e.getMessage());
    }
}
