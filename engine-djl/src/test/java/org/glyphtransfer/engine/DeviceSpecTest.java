package org.glyphtransfer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glyphtransfer.api.GlyphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceSpecTest {
    @Test
    void parsesANumberedGpu() {
        DeviceSpec spec = DeviceSpec.parse("gpu:1");
        assertTrue(spec.isGpu());
        assertEquals(1, spec.gpuIndex());
        assertEquals("gpu:1", spec.toString());
    }

    @Test
    void plainGpuMeansTheFirstGpu() {
        assertEquals(DeviceSpec.parse("gpu:0"), DeviceSpec.parse("gpu"));
        assertEquals("gpu:0", DeviceSpec.parse("gpu").toString());
    }

    @Test
    void parsesCpuAndAuto() {
        assertSame(DeviceSpec.CPU, DeviceSpec.parse("cpu"));
        assertSame(DeviceSpec.AUTO, DeviceSpec.parse("auto"));
        assertFalse(DeviceSpec.CPU.isGpu());
        assertEquals(-1, DeviceSpec.CPU.gpuIndex());
        assertEquals("cpu", DeviceSpec.CPU.toString());
        assertEquals("auto", DeviceSpec.AUTO.toString());
    }

    @Test
    void ignoresCaseAndSurroundingSpace() {
        assertSame(DeviceSpec.CPU, DeviceSpec.parse(" CPU "));
        assertEquals(DeviceSpec.parse("gpu:2"), DeviceSpec.parse("GPU:2"));
    }

    @Test
    void equalSpecsHaveEqualHashes() {
        assertEquals(
                DeviceSpec.parse("gpu:3").hashCode(), DeviceSpec.parse("gpu:3").hashCode());
        assertNotEquals(DeviceSpec.parse("gpu:3"), DeviceSpec.parse("gpu:2"));
        assertNotEquals(DeviceSpec.CPU, DeviceSpec.AUTO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu:-1", "tpu", "gpu:x", "gpu:", "cuda:0", "gpu:1.5", "", "cpu:0"})
    void rejectsAnythingElseNamingTheValueAndTheChoices(String garbage) {
        GlyphException e = assertThrows(GlyphException.class, () -> DeviceSpec.parse(garbage));
        assertEquals(
                "Device '" + garbage + "' is not valid; use auto, cpu, gpu or gpu:N (N = 0, 1, …).", e.getMessage());
    }

    @Test
    void rejectsAMissingValue() {
        GlyphException e = assertThrows(GlyphException.class, () -> DeviceSpec.parse(null));
        assertTrue(e.getMessage().contains("use auto, cpu, gpu or gpu:N"), e.getMessage());
    }
}
