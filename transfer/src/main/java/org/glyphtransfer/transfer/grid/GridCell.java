package org.glyphtransfer.transfer.grid;

import java.nio.file.Path;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.transfer.GlyphRuntime;

/**
 * One cell of a grid: a point run with one seed, in its own folder. Immutable.
 *
 * @param point the point
 * @param seed the seed
 * @param folder the cell's folder; the work writes its model there and the runner its {@code cell.json}
 */
public record GridCell(GridPoint point, long seed, Path folder) {

    /**
     * @param base registry, data root, engine and progress to keep
     * @return the same runtime with this cell's seed
     */
    public GlyphRuntime runtime(GlyphRuntime base) {
        EngineOptions e = base.engineOptions();
        return GlyphRuntime.builder()
                .optRegistry(base.registry())
                .optDataRoot(base.dataRoot())
                .optListener(base.listener())
                .optEngine(EngineOptions.builder()
                        .optDevice(e.device())
                        .optThreads(e.threads())
                        .optOffline(e.offline())
                        .optSeed(seed)
                        .build())
                .build();
    }
}
