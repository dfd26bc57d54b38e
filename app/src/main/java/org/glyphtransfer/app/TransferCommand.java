package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.Baseline;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.Transfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph transfer}: keep a trained backbone, train a fresh head on a target in phases. */
@Command(
        name = "transfer",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        modelTransformer = TrainingOptions.Transfer.class,
        description =
                "Transfer a trained model to a target dataset: head only with the backbone frozen, then fine-tuning.")
final class TransferCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Model folder to transfer from.")
    Path from;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Target dataset plugin.")
    String dataset;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Dataset plugin option (repeatable).")
    List<String> datasetOptions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model folder to write.")
    Path out;

    @Option(
            names = "--baseline",
            paramLabel = "scratch",
            description = "Also train the architecture from scratch with the same budget.")
    String baseline;

    @Mixin
    PhaseOptions phases;

    @Option(names = "--overwrite", description = "Write into an existing folder that glyph did not make.")
    boolean overwrite;

    @Option(names = "--resume", description = "Continue from the last checkpoints in --out after a crash or a kill.")
    boolean resume;

    @Override
    public void run() {
        if (baseline != null && !baseline.equals("scratch")) {
            throw new GlyphException("--baseline '" + baseline + "' is not known; the only baseline is 'scratch'.");
        }
        RunResult result = Transfer.from(from)
                .on(DatasetChoice.of(dataset, OptionPairs.parse(datasetOptions, "--option")))
                .phases(phases.phases(spec))
                .targetDefaults(phases.datasetDefaults())
                .baseline(baseline != null ? Baseline.SCRATCH : Baseline.NONE)
                .saveTo(out)
                .writePolicy(Policies.write(overwrite))
                .resumePolicy(Policies.resume(resume))
                .runtime(root.runtime())
                .run();
        RunSummary.print(spec.commandLine().getOut(), result);
    }
}
