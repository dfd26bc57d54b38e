package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.app.experiment.Experiment;
import org.glyphtransfer.transfer.grid.CellOutcomes;
import org.glyphtransfer.transfer.grid.CellResult;
import org.glyphtransfer.transfer.grid.CellRunner;
import org.glyphtransfer.transfer.grid.GridCell;
import org.glyphtransfer.transfer.grid.GridPoint;
import org.glyphtransfer.transfer.store.ModelFolder;

/**
 * The pretrainings a sweep's cells share, run as a job of their own before the cells: each
 * pretrained folder that is not complete is made once, by one task, with the experiment of the
 * first cell (in grid order) that transfers from it, as a run in one process would make it. The
 * cells then find their source complete and only read it: no pretraining runs twice, and no two
 * tasks write one folder.
 */
final class SharedPretraining {
    private SharedPretraining() {}

    /**
     * @param runner where the pretrainings run
     * @param unfinished the cells that will run, in grid order
     * @param specs every cell's specification, by {@link SweepCells#key}
     * @param progress hears one line per pretraining
     * @throws GlyphException naming each pretraining that failed for good; the finished ones are kept
     */
    static void run(
            CellRunner runner,
            List<GridCell> unfinished,
            Map<String, SweepCells.Spec> specs,
            Consumer<String> progress) {
        Map<Path, GridCell> stages = new LinkedHashMap<>();
        Map<String, SweepCells.Spec> stageSpecs = new LinkedHashMap<>();
        for (GridCell cell : unfinished) {
            SweepCells.Spec spec = specs.get(SweepCells.key(cell));
            Experiment e = spec.experiment();
            if (e.has("transfer.from") || !e.hasTransfer()) {
                continue;
            }
            Path folder = e.pretrainOut();
            if (stages.containsKey(folder) || ModelFolder.isModelFolder(folder)) {
                continue;
            }
            GridCell stage =
                    new GridCell(new GridPoint(folder.getFileName().toString(), Map.of(), -1), cell.seed(), folder);
            stages.put(folder, stage);
            stageSpecs.put(SweepCells.key(stage), spec);
            progress.accept("pretraining " + folder + " (first needed by "
                    + cell.point().name() + " seed " + cell.seed() + "): handed to the runner");
        }
        if (stages.isEmpty()) {
            return;
        }
        List<String> failures = new ArrayList<>();
        runner.run(List.copyOf(stages.values()), new SweepCells(stageSpecs, true), new CellOutcomes() {
            @Override
            public void finished(GridCell cell, CellResult result, int attempts) {
                progress.accept(String.format(
                        Locale.ROOT,
                        "pretraining %s: test accuracy %.4f%s",
                        cell.folder(),
                        result.accuracy().last(),
                        attempts == 1 ? "" : " (" + attempts + " attempts)"));
            }

            @Override
            public void failed(GridCell cell, String reason, int attempts) {
                failures.add(cell.folder() + " failed after " + attempts + " attempt" + (attempts == 1 ? "" : "s")
                        + ": " + reason.replaceAll("\\.\\s*$", ""));
            }
        });
        if (!failures.isEmpty()) {
            throw new GlyphException("Pretraining " + String.join("; ", failures)
                    + "; no cell transferred from it, and a rerun keeps the pretrainings that finished.");
        }
    }
}
