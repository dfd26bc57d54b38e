package org.glyphtransfer.app;

import java.nio.file.Path;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.engine.EngineOptions;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.train.ConsoleProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root {@code glyph} command: options every subcommand shares. */
@Command(
        name = "glyph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Transfer learning on handwritten characters (DJL + PyTorch).",
        subcommands = {
            DatasetsCommand.class,
            ModelsCommand.class,
            EnvCommand.class,
            PretrainCommand.class,
            TransferCommand.class,
            BaselineCommand.class,
            EvaluateCommand.class,
            RunCommand.class,
            StudyCommand.class,
            AuditCommand.class,
            DatasetCommand.class,
            SweepCommand.class,
            BenchCommand.class,
            PredictCommand.class,
            CascadeCommand.class,
            ServeCommand.class,
            ExportCommand.class
        })
public final class GlyphCommand implements Runnable {
    @Option(
            names = "--data-root",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description =
                    "Folder that relative dataset paths are resolved against (default: $GLYPH_DATA, else ~/.glyph/data).")
    String dataRoot;

    @Option(
            names = "--plugins",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "Folder of plugin jars to load (default: $GLYPH_PLUGINS).")
    Path plugins;

    @Option(
            names = "--device",
            scope = ScopeType.INHERIT,
            paramLabel = "auto|cpu|gpu|gpu:N",
            defaultValue = "auto",
            description = "Device to compute on (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(
            names = "--threads",
            scope = ScopeType.INHERIT,
            paramLabel = "N",
            defaultValue = "0",
            description = "Intra-op threads; 0 = one per core (default).")
    int threads;

    @Option(
            names = "--seed",
            scope = ScopeType.INHERIT,
            paramLabel = "N",
            defaultValue = "42",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of user errors.")
    boolean debug;

    boolean quiet;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "No progress bars or messages; one line per epoch.")
    void quiet(boolean yes) {
        quiet = yes;
        if (yes) {
            // The engine's start-up line is a message too. slf4j-simple reads a logger's level when the logger is
            // created, which happens after parsing, so a system property set here still applies.
            System.setProperty("org.slf4j.simpleLogger.log.org.glyphtransfer", "warn");
        }
    }

    @Spec
    CommandSpec spec;

    private PluginRegistry registry;
    private final java.util.Set<String> warned = new java.util.HashSet<>();

    @Override
    public void run() {
        // A missing subcommand is a usage mistake: show the usage where errors go, exit 2.
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new GlyphException("No command given; pick one of the commands listed above.");
    }

    boolean debug() {
        return debug;
    }

    /**
     * The plugins on the class path and in the plugins folder, found once; each jar that could
     * not be loaded is named on standard error, once.
     *
     * @return the registry
     */
    PluginRegistry registry() {
        if (registry == null) {
            registry = PluginRegistry.builder().optPluginDirectory(plugins).build();
            for (String problem : registry.problems()) {
                if (warned.add(problem)) {
                    spec.commandLine().getErr().println("glyph: warning: " + problem);
                }
            }
            spec.commandLine().getErr().flush();
        }
        return registry;
    }

    /** @return the data root from --data-root, GLYPH_DATA or the default */
    DataRoot dataRoot() {
        return DataRoot.locate(dataRoot);
    }

    /**
     * The library runtime these options describe, with console progress on standard error.
     *
     * @return the runtime
     */
    public GlyphRuntime runtime() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        return GlyphRuntime.builder()
                .optRegistry(registry())
                .optDataRoot(dataRoot())
                .optEngine(engineOptions())
                .optListener(new ConsoleProgress(err, ConsoleProgress.isTerminal(), quiet))
                .build();
    }

    /**
     * Takes the experiment file's shared settings (seed, device, threads, data root, plugins,
     * quiet) for every option the command line did not give: the command line wins.
     *
     * @param e the experiment
     * @param parsed the subcommand's parse result
     */
    void applyExperimentSettings(
            org.glyphtransfer.app.experiment.Experiment e, picocli.CommandLine.ParseResult parsed) {
        java.util.function.Predicate<String> given = name -> parsed.hasMatchedOption(name)
                || spec.commandLine().getParseResult().hasMatchedOption(name);
        if (!given.test("--seed")) {
            e.longValue("seed").ifPresent(v -> seed = v);
        }
        if (!given.test("--device")) {
            e.text("device").ifPresent(v -> device = v);
        }
        if (!given.test("--threads")) {
            e.integer("threads").ifPresent(v -> threads = v);
        }
        if (!given.test("--data-root")) {
            e.text("data-root").ifPresent(v -> dataRoot = v);
        }
        if (!given.test("--plugins")) {
            e.text("plugins").ifPresent(v -> plugins = Path.of(v));
        }
        if (!given.test("--quiet") && e.flag("quiet")) {
            quiet(true);
        }
        registry = null;
    }

    /** @return engine options from --device, --threads, --seed */
    public EngineOptions engineOptions() {
        return EngineOptions.builder()
                .optDevice(device)
                .optThreads(threads)
                .optSeed(seed)
                .build();
    }
}
