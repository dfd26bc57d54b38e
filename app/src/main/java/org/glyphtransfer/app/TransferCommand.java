package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.baselines.BaselineSet;
import org.glyphtransfer.baselines.ComparedRun;
import org.glyphtransfer.transfer.Baseline;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.GlyphRuntime;
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
            paramLabel = "scratch,knn,svm,…",
            description = "Compare with: scratch (the architecture from scratch, same budget) and classic methods"
                    + " (knn, svm, linear-svm, random-forest, logistic, xgboost), comma-separated; writes comparison.md"
                    + " and comparison.png.")
    String baseline;

    @Mixin
    PhaseOptions phases;

    @Option(names = "--overwrite", description = "Write into an existing folder that glyph did not make.")
    boolean overwrite;

    @Option(names = "--resume", description = "Continue from the last checkpoints in --out after a crash or a kill.")
    boolean resume;

    @Option(names = "--profile", description = "At the end, print where the whole process's time went, stage by stage.")
    boolean profile;

    @Override
    public void run() {
        BaselineSet baselines = BaselineSet.parse(baseline, "--baseline");
        DatasetChoice target = DatasetChoice.of(dataset, OptionPairs.parse(datasetOptions, "--option"));
        GlyphRuntime rt = root.runtime();
        RunResult result = Transfer.from(from)
                .on(target)
                .phases(phases.phases(spec))
                .targetDefaults(phases.datasetDefaults())
                .baseline(baselines.scratch() ? Baseline.SCRATCH : Baseline.NONE)
                .saveTo(out)
                .writePolicy(Policies.write(overwrite))
                .resumePolicy(Policies.resume(resume))
                .runtime(rt)
                .run();
        RunSummary.print(spec.commandLine().getOut(), result);
        if (profile) {
            ProfileTable.print(spec.commandLine().getOut(), result.timings());
        }
        if (!baselines.isEmpty()) {
            RunSummary.printComparison(
                    spec.commandLine().getOut(), ComparedRun.alongside(result, baselines.methods(), target, rt));
        }
    }
}
