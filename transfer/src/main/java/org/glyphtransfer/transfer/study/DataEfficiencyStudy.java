package org.glyphtransfer.transfer.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.grid.CellRunner;
import org.glyphtransfer.transfer.grid.CellWork;
import org.glyphtransfer.transfer.grid.Grid;
import org.glyphtransfer.transfer.grid.GridPoint;
import org.glyphtransfer.transfer.grid.PointSummary;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * How much transfer helps as training data shrinks: for every images-per-class budget and every
 * seed, transfers a pretrained model and trains the same architecture from scratch with the same
 * budget, then reports mean ± standard deviation as {@code study.md}, {@code study.csv},
 * {@code study.json} and the plot {@code study.png}. A preset of {@link Grid}: each run is the
 * cell {@code perClass-N/seed-S}, and finished runs are kept and skipped on a restart. The target
 * dataset must accept the {@code perClass} option.
 */
public final class DataEfficiencyStudy {
    /** Names the study's report files: {@code study.md}, {@code .csv}, {@code .json}, {@code .png}. */
    public static final String REPORT = "study";

    private final Path source;
    private DatasetChoice target;
    private List<Integer> budgets = List.of(8, 16, 32, 64, 0);
    private List<Long> seeds = List.of(1L, 2L, 3L);
    private List<Phase> phases;
    private Map<String, String> targetDefaults = Map.of();
    private Path output;
    private GlyphRuntime runtime;
    private CellRunner runner;

    private DataEfficiencyStudy(Path source) {
        this.source = source;
    }

    /** @param pretrained a model folder to transfer from @return a study to configure */
    public static DataEfficiencyStudy from(Path pretrained) {
        return new DataEfficiencyStudy(pretrained);
    }

    /** @param dataset the target dataset (its perClass option is set per run) @return this */
    public DataEfficiencyStudy on(DatasetChoice dataset) {
        this.target = dataset;
        return this;
    }

    /** @param perClass budgets of training images per class, 0 = all; default 8, 16, 32, 64, all @return this */
    public DataEfficiencyStudy perClass(List<Integer> perClass) {
        this.budgets = List.copyOf(perClass);
        return this;
    }

    /** @param s seeds; default 1, 2, 3 @return this */
    public DataEfficiencyStudy seeds(List<Long> s) {
        this.seeds = List.copyOf(s);
        return this;
    }

    /** @param p the transfer phases; default: the reference study's @return this */
    public DataEfficiencyStudy phases(List<Phase> p) {
        this.phases = List.copyOf(p);
        return this;
    }

    /** @param defaults dataset options for the target from a recipe, see {@code Transfer.targetDefaults} @return this */
    public DataEfficiencyStudy targetDefaults(Map<String, String> defaults) {
        this.targetDefaults = Map.copyOf(defaults);
        return this;
    }

    /** @param dir the study folder @return this */
    public DataEfficiencyStudy saveTo(Path dir) {
        this.output = dir;
        return this;
    }

    /** @param r registry, data root, engine, progress; its seed is replaced per run @return this */
    public DataEfficiencyStudy runtime(GlyphRuntime r) {
        this.runtime = r;
        return this;
    }

    /**
     * @param r where the cells run, e.g. as Spark tasks; default: one after another in this process.
     *     Cells that run elsewhere use that process's plugins and no progress listener.
     * @return this
     */
    public DataEfficiencyStudy runner(CellRunner r) {
        this.runner = r;
        return this;
    }

    private CellWork work(GlyphRuntime base) {
        StudyCell cell = new StudyCell(
                source.toString(),
                target,
                Map.copyOf(targetDefaults),
                phases == null ? null : List.copyOf(phases),
                base.dataRoot().path().toString(),
                StudyCell.EngineSettings.of(base.engineOptions()));
        // Here the cell keeps this runtime (its registry and listener); elsewhere it rebuilds one.
        return runner == null ? c -> cell.run(c, base) : cell;
    }

    /**
     * Runs what is not finished yet and writes the summary.
     *
     * @return one summary per budget, smallest first, "all" last
     */
    public List<PointSummary> run() {
        if (target == null || output == null) {
            throw new GlyphException("A data-efficiency study needs a target dataset (on) and a folder (saveTo).");
        }
        GlyphRuntime base = runtime != null ? runtime : GlyphRuntime.defaults();
        List<Integer> sorted = new ArrayList<>(budgets);
        sorted.sort(Comparator.comparingInt(b -> b == 0 ? Integer.MAX_VALUE : b));
        List<GridPoint> points = new ArrayList<>();
        for (int budget : sorted) {
            points.add(new GridPoint(budget == 0 ? "perClass-all" : "perClass-" + budget, Map.of(), budget));
        }
        Map<String, Path> read = new LinkedHashMap<>();
        read.put("the source model folder", source);
        read.putAll(target.readPaths(base));
        return Grid.of(points)
                .seeds(seeds)
                .saveTo(output)
                .reads("--out", read)
                .report(REPORT, "Transfer vs. scratch on " + target)
                .progress(base.listener()::onMessage)
                .runner(runner)
                .run(work(base))
                .summary();
    }
}
