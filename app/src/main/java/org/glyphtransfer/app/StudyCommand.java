package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.grid.CellRunner;
import org.glyphtransfer.transfer.grid.CellRunners;
import org.glyphtransfer.transfer.grid.PointSummary;
import org.glyphtransfer.transfer.study.DataEfficiencyStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph study data-efficiency}: transfer vs. scratch as training images per class shrink; {@code glyph study compare}. */
@Command(
        name = "study",
        mixinStandardHelpOptions = true,
        description = "Run a study.",
        subcommands = {StudyCommand.DataEfficiency.class, StudyCompareCommand.class})
final class StudyCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new GlyphException("Name a study: data-efficiency, or compare to put finished ones side by side.");
    }

    /** The data-efficiency study. */
    @Command(
            name = "data-efficiency",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            modelTransformer = TrainingOptions.Transfer.class,
            description = "Transfer and scratch for each images-per-class budget and seed; mean ± std table and plot.")
    static final class DataEfficiency implements Runnable {
        @ParentCommand
        StudyCommand study;

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DIR", description = "Pretrained model folder.")
        Path from;

        @Option(
                names = "--dataset",
                required = true,
                paramLabel = "NAME",
                description = "Target dataset plugin (needs a perClass option).")
        String dataset;

        @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Dataset plugin option (repeatable).")
        List<String> options;

        @Option(
                names = "--per-class",
                split = ",",
                defaultValue = "8,16,32,64,all",
                paramLabel = "N,…",
                description = "Budgets of training images per class; 'all' for everything (default: ${DEFAULT-VALUE}).")
        List<String> perClass;

        @Option(
                names = "--seeds",
                split = ",",
                defaultValue = "1,2,3",
                paramLabel = "S,…",
                description = "Seeds (default: ${DEFAULT-VALUE}).")
        List<Long> seeds;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "DIR",
                description = "Study folder; finished runs in it are skipped.")
        Path out;

        @Option(
                names = "--spark",
                arity = "0..1",
                fallbackValue = "local[*]",
                paramLabel = "MASTER",
                description = "Run each cell as an Apache Spark task (glyph-spark.jar), on MASTER (default: local[*]).")
        String spark;

        @Mixin
        PhaseOptions phases;

        @Override
        public void run() {
            List<Integer> budgets = new ArrayList<>();
            for (String p : perClass) {
                budgets.add(parseBudget(p));
            }
            List<PointSummary> summary;
            try (CellRunner runner = spark == null ? null : CellRunners.open("spark", spark)) {
                summary = DataEfficiencyStudy.from(from)
                        .on(DatasetChoice.of(dataset, OptionPairs.parse(options, "--option")))
                        .perClass(budgets)
                        .seeds(seeds)
                        .phases(phases.phases(spec))
                        .targetDefaults(phases.datasetDefaults())
                        .saveTo(out)
                        .runtime(study.root.runtime())
                        .runner(runner)
                        .run();
            }
            StudyTable.print(spec.commandLine().getOut(), summary, null, out.resolve("study.md"));
        }

        private static int parseBudget(String text) {
            if (text.trim().equalsIgnoreCase("all")) {
                return 0;
            }
            try {
                int n = Integer.parseInt(text.trim());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new GlyphException("--per-class '" + text + "' is not a budget; use whole numbers ≥ 1 or 'all'.");
        }
    }
}
