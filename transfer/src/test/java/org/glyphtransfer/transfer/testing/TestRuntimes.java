package org.glyphtransfer.transfer.testing;

import java.nio.file.Path;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.train.TrainingListener;

/** Runtimes for the transfer tests: plugins from the class path only (never GLYPH_PLUGINS), the engine on the CPU. */
public final class TestRuntimes {
    private TestRuntimes() {}

    /**
     * @param dataRoot the data root
     * @param seed the random seed
     * @return a runtime on the CPU with this seed
     */
    public static GlyphRuntime cpu(Path dataRoot, long seed) {
        return builder(dataRoot, CpuEngine.options(seed)).build();
    }

    /**
     * @param dataRoot the data root
     * @param engine the engine options, usually from {@link CpuEngine}
     * @return a builder to add a listener to
     */
    public static GlyphRuntime.Builder builder(Path dataRoot, EngineOptions engine) {
        return GlyphRuntime.builder()
                .optRegistry(PluginRegistry.builder().optUseEnvironment(false).build())
                .optDataRoot(DataRoot.of(dataRoot))
                .optEngine(engine)
                .optListener(TrainingListener.NONE);
    }
}
