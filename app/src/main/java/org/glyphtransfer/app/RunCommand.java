package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.app.experiment.Experiment;
import org.glyphtransfer.app.experiment.ExperimentFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glyph run experiment.yaml}: pretraining (unless the file names an existing model with
 * {@code transfer.from}), then transfer (when the file has a transfer section), as the file says;
 * the command line overrides the file.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Run an experiment file: pretrain, then transfer (if the file has a transfer section), then report. "
                        + "Keys are the command options' names.")
final class RunCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT.yaml", description = "The experiment file.")
    Path file;

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description =
                    "Override a key, e.g. --set transfer.head-epochs=5, one entry of an option map (--set "
                            + "transfer.option.perClass=16) or the whole map (--set transfer.option=root=letters-scans,perClass=16).")
    List<String> sets;

    @Option(names = "--out", paramLabel = "DIR", description = "Override the file's 'out'.")
    Path out;

    @Option(
            names = "--resume",
            description = "Continue after a crash: finished models are kept, the rest resumes from checkpoints.")
    boolean resume;

    @Option(names = "--overwrite", description = "Write into existing output folders that glyph did not make.")
    boolean overwrite;

    @Option(names = "--check", description = "Validate the file and the plugin names and options, then stop.")
    boolean check;

    @Override
    public void run() {
        Map<String, String> overrides = OptionPairs.parse(sets, "--set");
        if (out != null) {
            overrides.put("out", out.toString());
        }
        if (resume) {
            overrides.put("resume", "true");
        }
        if (overwrite) {
            overrides.put("overwrite", "true");
        }
        Experiment experiment = ExperimentFile.load(file, overrides);
        root.applyExperimentSettings(experiment, spec.commandLine().getParseResult());
        ExperimentRun run = new ExperimentRun(experiment, root.runtime());
        run.validate();
        if (check) {
            spec.commandLine().getOut().println(file + ": valid");
            spec.commandLine().getOut().flush();
            return;
        }
        ExperimentRun.Compared compared = run.executeAndCompare();
        RunSummary.print(spec.commandLine().getOut(), compared.result());
        if (!compared.comparison().isEmpty()) {
            RunSummary.printComparison(spec.commandLine().getOut(), compared.comparison());
        }
        run.cascadeLines().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
    }
}
