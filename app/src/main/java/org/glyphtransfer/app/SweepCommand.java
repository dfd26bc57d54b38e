package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.PathRules;
import org.glyphtransfer.app.experiment.Experiment;
import org.glyphtransfer.app.experiment.ExperimentFile;
import org.glyphtransfer.app.sweep.SweepFile;
import org.glyphtransfer.app.sweep.SweepPoint;
import org.glyphtransfer.transfer.grid.CellRunner;
import org.glyphtransfer.transfer.grid.CellRunners;
import org.glyphtransfer.transfer.grid.Grid;
import org.glyphtransfer.transfer.grid.GridCell;
import org.glyphtransfer.transfer.grid.GridResult;
import org.glyphtransfer.transfer.grid.PointSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code glyph sweep sweep.yaml}: every combination of the grid (× every seed) as its own
 * experiment and folder, pretraining shared between runs that pretrain alike, finished runs
 * skipped on a restart, then one comparison table (Markdown, CSV, JSON) and a plot. A thin
 * adapter from the sweep file to the library's {@link Grid}; with {@code --spark} the cells run as
 * Spark tasks, after the pretrainings they share ({@link SharedPretraining}).
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = "Run the product of a grid of models, datasets and options; compare them in one table and plot.")
final class SweepCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "The sweep file.")
    Path file;

    @Option(
            names = "--spark",
            arity = "0..1",
            fallbackValue = "local[*]",
            paramLabel = "MASTER",
            description = "Run each cell as an Apache Spark task (glyph-spark.jar), on MASTER (default: local[*]);"
                    + " shared pretrainings run first, once each.")
    String spark;

    @Override
    public void run() {
        SweepFile sweep = SweepFile.load(file);
        ParseResult parsed = spec.commandLine().getParseResult();
        Experiment base = ExperimentFile.load(sweep.base(), Map.of());
        // The seed when the sweep lists none: the command line's, else the one in 'set' or the base experiment.
        root.applyExperimentSettings(ExperimentFile.with(base, file.toString(), sweep.set()), parsed);
        List<Long> seeds =
                sweep.seeds().isEmpty() ? List.of(root.engineOptions().seed()) : sweep.seeds();
        Map<String, Path> read = new LinkedHashMap<>();
        read.put("the sweep file", file);
        read.put("the base experiment file", sweep.base());
        base.text("transfer.from").ifPresent(from -> read.put("the source model folder", Path.of(from)));
        PathRules.requireApart("'out'", sweep.out(), read);
        List<SweepPoint> expanded = SweepPoint.expand(sweep);
        Map<String, SweepPoint> points = new LinkedHashMap<>();
        expanded.forEach(p -> points.put(p.name(), p));
        Grid grid = Grid.of(expanded.stream().map(SweepPoint::gridPoint).toList())
                .seeds(seeds)
                .seedFolders(seeds.size() > 1)
                .saveTo(sweep.out())
                .report(
                        "sweep",
                        "Sweep " + file.getFileName() + " over " + sweep.base().getFileName());
        // Every combination is checked before the first one trains.
        for (GridCell cell : grid.cells()) {
            if (cell.seed() == seeds.get(0)) {
                Experiment e = experiment(sweep, base, points.get(cell.point().name()), cell);
                root.applyExperimentSettings(e, parsed);
                new ExperimentRun(e, root.runtime()).validate();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Consumer<String> progress = line -> {
            out.println(line);
            out.flush();
        };
        grid.progress(progress);
        GridResult result;
        if (spark == null) {
            result = grid.run(cell -> {
                Experiment e = experiment(sweep, base, points.get(cell.point().name()), cell);
                root.applyExperimentSettings(e, parsed);
                return new ExperimentRun(e, cell.runtime(root.runtime())).execute();
            });
        } else {
            // Each cell's experiment and runtime settings are decided here, then sent with the cell.
            Map<String, SweepCells.Spec> specs = new LinkedHashMap<>();
            for (GridCell cell : grid.cells()) {
                Experiment e = experiment(sweep, base, points.get(cell.point().name()), cell);
                root.applyExperimentSettings(e, parsed);
                specs.put(SweepCells.key(cell), SweepCells.Spec.of(e, root));
            }
            try (CellRunner runner = CellRunners.open("spark", spark)) {
                SharedPretraining.run(runner, grid.unfinished(), specs, progress);
                result = grid.runner(runner).run(new SweepCells(specs, false));
            }
        }
        TextTable t = new TextTable("RUN", "HEAD ONLY", "TRANSFER", "SCRATCH").alignRight(1, 2, 3);
        for (PointSummary s : result.summary()) {
            t.row(
                    s.point().name(),
                    s.head().format(4),
                    s.last().format(4),
                    s.scratch() == null ? "–" : s.scratch().format(4));
        }
        out.println();
        t.print(out);
        out.println("sweep written to " + sweep.out().resolve("sweep.md") + ", sweep.csv, sweep.json and sweep.png");
        out.flush();
    }

    /** One cell's experiment: the base, the sweep's settings, the point's, then the cell's seed and folder. */
    private Experiment experiment(SweepFile sweep, Experiment base, SweepPoint point, GridCell cell) {
        if (point.settings().containsKey("seed")) {
            throw new GlyphException(sweep.file()
                    + ": list the seeds under 'seeds' (e.g. seeds: [1, 2, 3]) rather than in a grid bundle.");
        }
        Map<String, Object> settings = new LinkedHashMap<>(sweep.set());
        settings.putAll(point.settings());
        // A perClass of 'all' means no perClass option at all.
        settings.replaceAll(
                (k, v) -> k.matches(".*option\\.[^.]+") && String.valueOf(v).equalsIgnoreCase("all") ? null : v);
        settings.put("seed", cell.seed());
        settings.put("out", cell.folder().toString());
        settings.put("resume", true);
        Experiment merged = ExperimentFile.with(base, sweep.file().toString(), settings);
        // Runs that pretrain alike share one pretrained model.
        Map<String, String> pretrain = new TreeMap<>();
        merged.settings().forEach((k, v) -> {
            if (k.startsWith("pretrain.") || k.equals("seed")) {
                pretrain.put(k, String.valueOf(v));
            }
        });
        Path shared = sweep.out()
                .resolve("pretrained")
                .resolve(
                        merged.text("pretrain.model").orElse("model") + "-" + Integer.toHexString(pretrain.hashCode()));
        return ExperimentFile.with(merged, sweep.file().toString(), Map.of("pretrain.out", shared.toString()));
    }
}
