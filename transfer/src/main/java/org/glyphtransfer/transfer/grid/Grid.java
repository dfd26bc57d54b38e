package org.glyphtransfer.transfer.grid;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.PathRules;

/**
 * Runs a grid: every point with every seed, each cell in {@code OUT/<point>/seed-<seed>}. A cell
 * that finished before (its {@code cell.json} is there) is read back and not run again; a
 * damaged {@code cell.json} stops the grid before anything runs. Then writes one report,
 * {@code OUT/<prefix>.md}, {@code .csv}, {@code .json} and {@code .png}.
 *
 * <pre>{@code
 * GridResult r = Grid.of(points).seeds(List.of(1L, 2L, 3L)).saveTo(out).report("study", "Transfer vs. scratch")
 *         .run(cell -> Transfer.from(source).on(data).saveTo(cell.folder()).runtime(cell.runtime(rt)).run());
 * }</pre>
 */
public final class Grid {
    private final List<GridPoint> points;
    private List<Long> seeds = List.of(42L);
    private boolean seedFolders = true;
    private Path output;
    private String outputOption = "--out";
    private Map<String, Path> inputs = Map.of();
    private String prefix = "grid";
    private String title = "Grid";
    private Consumer<String> progress = m -> {};
    private CellRunner runner;

    private Grid(List<GridPoint> points) {
        this.points = List.copyOf(points);
    }

    /**
     * @param points the points, in table order; their names must differ
     * @return a grid to configure
     */
    public static Grid of(List<GridPoint> points) {
        Set<String> names = new HashSet<>();
        for (GridPoint p : points) {
            if (!names.add(p.name())) {
                throw new GlyphException(
                        "Two grid points are both named '" + p.name() + "'; give each point its own name.");
            }
        }
        if (points.isEmpty()) {
            throw new GlyphException("A grid needs at least one point.");
        }
        return new Grid(points);
    }

    /** @param s the seeds every point runs with; default 42 @return this */
    public Grid seeds(List<Long> s) {
        if (s.isEmpty() || new HashSet<>(s).size() != s.size()) {
            throw new GlyphException("A grid needs at least one seed, each listed once, not " + s + ".");
        }
        this.seeds = List.copyOf(s);
        return this;
    }

    /**
     * @param yes false to put a single-seed grid's cells straight into {@code OUT/<point>}; default true
     * @return this
     */
    public Grid seedFolders(boolean yes) {
        this.seedFolders = yes;
        return this;
    }

    /** @param dir the grid's folder @return this */
    public Grid saveTo(Path dir) {
        this.output = dir;
        return this;
    }

    /**
     * Names what the grid's runs read, so that its folder is kept apart from them.
     *
     * @param option the option that named the grid's folder, for messages, e.g. {@code --out}
     * @param read what each input is (e.g. "the sweep file") and its path
     * @return this
     */
    public Grid reads(String option, Map<String, Path> read) {
        this.outputOption = option;
        this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(read));
        return this;
    }

    /**
     * @param filePrefix names the report files, e.g. "study" for study.md, study.csv, study.json, study.png; default "grid"
     * @param heading the report's heading and the plot's title
     * @return this
     */
    public Grid report(String filePrefix, String heading) {
        this.prefix = filePrefix;
        this.title = heading;
        return this;
    }

    /** @param p hears one line per cell (starting, skipped, finished); default: silent @return this */
    public Grid progress(Consumer<String> p) {
        this.progress = p;
        return this;
    }

    /**
     * @param r where the cells run, e.g. as Spark tasks; default (or null): one after another in this process
     * @return this
     */
    public Grid runner(CellRunner r) {
        this.runner = r;
        return this;
    }

    /**
     * @return every cell, point by point and seed by seed
     * @throws GlyphException when the grid has no folder, or its folder is, contains or lies inside
     *     what it reads ({@link #reads})
     */
    public List<GridCell> cells() {
        if (output == null) {
            throw new GlyphException("A grid needs a folder to write to (saveTo).");
        }
        PathRules.requireApart(outputOption, output, inputs);
        if (!seedFolders && seeds.size() > 1) {
            throw new GlyphException("A grid with " + seeds.size() + " seeds needs a folder per seed.");
        }
        List<GridCell> cells = new ArrayList<>();
        for (GridPoint p : points) {
            for (long seed : seeds) {
                Path dir = output.resolve(p.name());
                cells.add(new GridCell(p, seed, seedFolders ? dir.resolve("seed-" + seed) : dir));
            }
        }
        return cells;
    }

    /**
     * @return the cells that have not finished before (no {@code cell.json}), in grid order: what
     *     {@link #run} will run
     * @throws GlyphException as {@link #cells()} does, or when a finished cell's {@code cell.json} is corrupt
     */
    public List<GridCell> unfinished() {
        return cells().stream().filter(c -> GridFiles.readFinished(c) == null).toList();
    }

    /**
     * Runs every cell that has not finished, then writes the report.
     *
     * @param work what a cell does
     * @return every cell's result and the summary per point
     * @throws IncompleteGridException after the report is written, when the runner reports cells that
     *     failed for good; the cells that finished keep their {@code cell.json}
     * @throws GlyphException when a finished cell's {@code cell.json} is corrupt, or a file cannot be written
     */
    public GridResult run(CellWork work) {
        List<GridCell> cells = cells();
        // Every finished cell is read first, so that a damaged one stops the grid before anything trains.
        List<CellResult> finished = new ArrayList<>();
        cells.forEach(c -> finished.add(GridFiles.readFinished(c)));
        List<CellResult> results = new ArrayList<>();
        Map<GridCell, String> pending = new LinkedHashMap<>();
        Map<GridCell, CellRun> runs = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            GridCell cell = cells.get(i);
            String name = String.format(
                    Locale.ROOT,
                    "%s run %d/%d %s%s",
                    prefix,
                    i + 1,
                    cells.size(),
                    cell.point().name(),
                    seedFolders ? " seed " + cell.seed() : "");
            CellResult done = finished.get(i);
            if (done != null) {
                progress.accept(name + ": finished before, skipped");
                results.add(done);
                continue;
            }
            if (runner != null) {
                pending.put(cell, name);
                results.add(null);
                continue;
            }
            progress.accept(name);
            CellResult r = CellResult.of(cell, work.run(cell));
            finish(cell, r, name);
            results.add(r);
            runs.put(cell, new CellRun(cell.point().name(), cell.seed(), 1, null));
        }
        if (!pending.isEmpty()) {
            pending.keySet().forEach(cell -> progress.accept(pending.get(cell) + ": handed to the runner"));
            runner.run(List.copyOf(pending.keySet()), work, new CellOutcomes() {
                @Override
                public void finished(GridCell cell, CellResult r, int attempts) {
                    finish(cell, r, pending.get(cell) + attempts(attempts));
                    results.set(cells.indexOf(cell), r);
                    runs.put(cell, new CellRun(cell.point().name(), cell.seed(), attempts, null));
                }

                @Override
                public void failed(GridCell cell, String reason, int attempts) {
                    progress.accept(pending.get(cell) + ": FAILED" + attempts(attempts) + ": " + reason);
                    runs.put(cell, new CellRun(cell.point().name(), cell.seed(), attempts, reason));
                }
            });
            if (!runs.keySet().containsAll(pending.keySet())) {
                throw new IllegalStateException("The cell runner did not report every cell it was given.");
            }
        }
        List<CellResult> done = results.stream().filter(Objects::nonNull).toList();
        List<CellRun> ran =
                cells.stream().filter(runs::containsKey).map(runs::get).toList();
        GridResult result = new GridResult(
                done,
                PointSummary.of(points, done),
                (int) ran.stream().filter(CellRun::finished).count(),
                ran);
        GridReports.write(output, prefix, title, result);
        if (!result.failed().isEmpty()) {
            throw new IncompleteGridException(
                    result, output.resolve(prefix + ".md").toString());
        }
        return result;
    }

    private static String attempts(int n) {
        return n == 1 ? "" : " (" + n + " attempts)";
    }

    private void finish(GridCell cell, CellResult r, String name) {
        try {
            GridFiles.writeFinished(cell, r);
        } catch (IOException e) {
            throw new GlyphException(
                    "Could not write " + cell.folder().resolve(GridFiles.CELL_JSON) + ": " + e.getMessage() + ".", e);
        }
        Accuracy a = r.accuracy();
        progress.accept(String.format(
                Locale.ROOT,
                "%s: head %.4f, final %.4f%s",
                name,
                a.head(),
                a.last(),
                a.scratch() == null ? "" : String.format(Locale.ROOT, ", scratch %.4f", a.scratch())));
    }
}
