package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.transfer.DatasetChoice;
import org.glyphtransfer.transfer.ModelChoice;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.PretrainingRecipe;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.settings.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph pretrain}: train a model on a source dataset and save it with its report. */
@Command(
        name = "pretrain",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        modelTransformer = TrainingOptions.Pretrain.class,
        description = "Train a model on a source dataset (default recipe 'best': Adam 0.001, batch 128, 10 epochs, "
                + "cosine decay, label smoothing 0.1; simple-cnn centred; --recipe reference-study reproduces the "
                + "reference study).")
final class PretrainCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "Model plugin, e.g. simple-cnn.")
    String model;

    @Option(names = "--model-option", paramLabel = "KEY=VALUE", description = "Model plugin option (repeatable).")
    List<String> modelOptions;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset plugin, e.g. mnist.")
    String dataset;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Dataset plugin option (repeatable).")
    List<String> datasetOptions;

    @Option(
            names = "--recipe",
            defaultValue = PretrainingRecipe.DEFAULT,
            paramLabel = "NAME",
            description = "Named settings (default: ${DEFAULT-VALUE}; reference-study for the exact reproduction).")
    String recipe;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model folder to write.")
    Path out;

    @Option(names = "--overwrite", description = "Write into an existing folder that glyph did not make.")
    boolean overwrite;

    @Option(names = "--resume", description = "Continue from the last checkpoint in --out after a crash or a kill.")
    boolean resume;

    @Option(names = "--profile", description = "At the end, print where the whole process's time went, stage by stage.")
    boolean profile;

    @Override
    public void run() {
        RunResult result = Pretraining.of(ModelChoice.of(model, OptionPairs.parse(modelOptions, "--model-option")))
                .on(DatasetChoice.of(dataset, OptionPairs.parse(datasetOptions, "--option")))
                .recipe(recipe)
                .adjust(TrainingOptions.read(spec, Stage.PRETRAIN))
                .saveTo(out)
                .writePolicy(Policies.write(overwrite))
                .resumePolicy(Policies.resume(resume))
                .runtime(root.runtime())
                .run();
        RunSummary.print(spec.commandLine().getOut(), result);
        if (profile) {
            ProfileTable.print(spec.commandLine().getOut(), result.timings());
        }
    }
}
