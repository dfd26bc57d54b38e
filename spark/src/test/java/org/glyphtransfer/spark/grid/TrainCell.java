package org.glyphtransfer.spark.grid;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;

import java.io.Serializable;
import java.nio.file.Path;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.grid.CellWork;
import org.glyphtransfer.transfer.grid.GridCell;

/**
 * One epoch of pretraining of the point's model on its letter-folders dataset, with the cell's
 * seed and one thread; a point named in {@code failing} throws instead.
 *
 * @param failing the name of a point that fails, or null
 */
record TrainCell(String failing) implements CellWork, Serializable {
    @Override
    public RunResult run(GridCell cell) {
        if (cell.point().name().equals(failing)) {
            throw new GlyphException("Dataset of " + failing + " is broken on purpose.");
        }
        GlyphRuntime runtime = GlyphRuntime.builder()
                .optRegistry(PluginRegistry.builder().optUseEnvironment(false).build())
                .optDataRoot(DataRoot.of(Path.of(".")))
                .optEngine(CpuEngine.options(1, cell.seed()))
                .build();
        return Pretraining.of(model(cell.point().labels().get("model")))
                .on(dataset("letter-folders", "root=" + cell.point().labels().get("data")))
                .epochs(1)
                .batchSize(12)
                .saveTo(cell.folder())
                .reports(Reports.NONE)
                .runtime(runtime)
                .run();
    }
}
