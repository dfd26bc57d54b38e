package org.glyphtransfer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.glyphtransfer.api.GlyphException;
import org.junit.jupiter.api.Test;

class EngineOptionsTest {
    @Test
    void defaultsAreAutoAllCoresAndSeed42() {
        EngineOptions options = EngineOptions.defaults();
        assertSame(DeviceSpec.AUTO, options.device());
        assertEquals(0, options.threads());
        assertEquals(Runtime.getRuntime().availableProcessors(), options.effectiveThreads());
        assertEquals(42, options.seed());
    }

    @Test
    void builderKeepsWhatIsAskedFor() {
        EngineOptions options = EngineOptions.builder()
                .optDevice("gpu:1")
                .optThreads(3)
                .optSeed(7)
                .optOffline(false)
                .build();
        assertEquals(DeviceSpec.parse("gpu:1"), options.device());
        assertEquals(3, options.effectiveThreads());
        assertEquals(7, options.seed());
        assertEquals(false, options.offline());
    }

    @Test
    void negativeThreadsAreAUserError() {
        GlyphException e =
                assertThrows(GlyphException.class, () -> EngineOptions.builder().optThreads(-2));
        assertEquals("Threads must be 0 (one per core) or more, not -2.", e.getMessage());
    }

    @Test
    void aBadDeviceIsRejectedWhileBuilding() {
        assertThrows(GlyphException.class, () -> EngineOptions.builder().optDevice("gpu:x"));
    }
}
