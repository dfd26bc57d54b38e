package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.app.experiment.Experiment;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.grid.CellWork;
import org.glyphtransfer.transfer.grid.GridCell;
import org.glyphtransfer.transfer.train.ConsoleProgress;

/**
 * A sweep's cells as work a {@link org.glyphtransfer.transfer.grid.CellRunner} can send to other
 * processes (Spark executors): each cell's experiment and the settings of its runtime as plain
 * values, decided on the driver; the runtime is rebuilt where the cell runs, with that process's
 * plugins. With {@code pretrainOnly} each cell runs only its experiment's pretraining section.
 *
 * @param cells the cells' specifications, by {@link #key}
 * @param pretrainOnly whether each cell runs only its pretraining
 */
record SweepCells(Map<String, Spec> cells, boolean pretrainOnly) implements CellWork, Serializable {

    /**
     * One cell: its experiment and the runtime settings the command line and files gave it.
     *
     * @param experiment the cell's experiment (seed and folder included)
     * @param device e.g. {@code cpu}
     * @param threads intra-op threads, 0 for one per core
     * @param dataRoot the data root
     * @param plugins the plugins folder, or null for {@code GLYPH_PLUGINS}
     * @param quiet one line per epoch instead of progress
     */
    record Spec(Experiment experiment, String device, int threads, String dataRoot, String plugins, boolean quiet)
            implements Serializable {
        static Spec of(Experiment experiment, GlyphCommand root) {
            EngineOptions e = root.engineOptions();
            return new Spec(
                    experiment,
                    e.device().toString(),
                    e.threads(),
                    root.dataRoot().path().toString(),
                    root.plugins == null ? null : root.plugins.toString(),
                    root.quiet);
        }
    }

    /**
     * @param cell a cell
     * @return its key in {@link #cells}: point name and seed
     */
    static String key(GridCell cell) {
        return cell.point().name() + "/" + cell.seed();
    }

    @Override
    public RunResult run(GridCell cell) {
        Spec s = cells.get(key(cell));
        GlyphRuntime runtime = GlyphRuntime.builder()
                .optRegistry(PluginRegistry.builder()
                        .optPluginDirectory(s.plugins() == null ? null : Path.of(s.plugins()))
                        .build())
                .optDataRoot(DataRoot.of(Path.of(s.dataRoot())))
                .optEngine(EngineOptions.builder()
                        .optDevice(s.device())
                        .optThreads(s.threads())
                        .optSeed(cell.seed())
                        .build())
                .optListener(new ConsoleProgress(new PrintWriter(System.err, true), false, s.quiet()))
                .build();
        ExperimentRun run = new ExperimentRun(s.experiment(), runtime);
        return pretrainOnly ? run.pretrain() : run.execute();
    }
}
