package org.glyphtransfer.spark.grid;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * seed and one thread; a point named in {@code failing} throws instead, and the first attempt of
 * each cell of the point named in {@code flaky} throws, leaving a marker file in {@code markers}
 * that the next attempt finds, as a storage that answers the second time would.
 *
 * @param failing the name of a point that fails, or null
 * @param flaky the name of a point whose cells fail once, or null
 * @param markers the folder of the flaky point's marker files
 */
record TrainCell(String failing, String flaky, String markers) implements CellWork, Serializable {
    TrainCell() {
        this(null, null, null);
    }

    @Override
    public RunResult run(GridCell cell) {
        if (cell.point().name().equals(failing)) {
            throw new GlyphException("Dataset of " + failing + " is broken on purpose.");
        }
        if (cell.point().name().equals(flaky)) {
            Path marker = Path.of(markers).resolve(flaky + "-" + cell.seed());
            if (!Files.exists(marker)) {
                try {
                    Files.createDirectories(marker.getParent());
                    Files.createFile(marker);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                throw new GlyphException("Storage of " + flaky + " did not answer the first time.");
            }
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
