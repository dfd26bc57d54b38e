package org.glyphtransfer.transfer.study;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.transfer.Baseline;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.Transfer;
import org.glyphtransfer.transfer.WritePolicy;
import org.glyphtransfer.transfer.grid.CellWork;
import org.glyphtransfer.transfer.grid.GridCell;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * One cell of a data-efficiency study: transfer from the source model with the cell's budget and
 * seed, and the scratch baseline. Serializable, so a {@link org.glyphtransfer.transfer.grid.CellRunner}
 * can send it to another process; there the runtime is rebuilt from the data root and engine
 * settings, with the plugins of that process's class path and {@code GLYPH_PLUGINS}.
 *
 * @param source the pretrained model folder
 * @param target the target dataset
 * @param targetDefaults training settings the target dataset suggests
 * @param phases the phases, or null for the defaults
 * @param dataRoot the data root
 * @param engine device, threads and offline flag (the seed is the cell's)
 */
record StudyCell(
        String source,
        DatasetChoice target,
        Map<String, String> targetDefaults,
        List<Phase> phases,
        String dataRoot,
        EngineSettings engine)
        implements CellWork, Serializable {

    /**
     * The engine settings of a runtime, as plain values.
     *
     * @param device e.g. {@code cpu}
     * @param threads intra-op threads, 0 for one per core
     * @param offline whether DJL may download
     */
    record EngineSettings(String device, int threads, boolean offline) implements Serializable {
        static EngineSettings of(EngineOptions e) {
            return new EngineSettings(e.device().toString(), e.threads(), e.offline());
        }
    }

    @Override
    public RunResult run(GridCell cell) {
        GlyphRuntime base = GlyphRuntime.builder()
                .optDataRoot(DataRoot.of(Path.of(dataRoot)))
                .optEngine(EngineOptions.builder()
                        .optDevice(engine.device())
                        .optThreads(engine.threads())
                        .optOffline(engine.offline())
                        .build())
                .build();
        return run(cell, base);
    }

    /**
     * Runs the cell with a runtime of this process.
     *
     * @param cell the cell
     * @param base the runtime whose registry, data root and engine to use, with the cell's seed
     * @return the run's result
     */
    RunResult run(GridCell cell, GlyphRuntime base) {
        int budget = cell.point().perClass();
        DatasetChoice data = budget == 0 ? target : target.withOption("perClass", Integer.toString(budget));
        Transfer transfer = Transfer.from(Path.of(source))
                .on(data)
                .targetDefaults(targetDefaults)
                .baseline(Baseline.SCRATCH)
                .saveTo(cell.folder())
                .writePolicy(WritePolicy.OVERWRITE)
                .runtime(cell.runtime(base));
        if (phases != null) {
            transfer.phases(phases);
        }
        return transfer.run();
    }
}
