package org.glyphtransfer.app;

import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.PhaseOverrides;
import org.glyphtransfer.transfer.PluginChoice;
import org.glyphtransfer.transfer.Recipe;
import org.glyphtransfer.transfer.RunResult;
import org.glyphtransfer.transfer.Transfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code glyph transfer}: keep a trained backbone, train a fresh head on a target in phases. */
@Command(name = "transfer", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Transfer a trained model to a target dataset: head only with the backbone frozen, then fine-tuning.")
final class TransferCommand implements Runnable {
    @ParentCommand GlyphCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Model folder to transfer from.")
    Path from;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Target dataset plugin.")
    String dataset;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Dataset plugin option (repeatable).")
    List<String> datasetOptions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model folder to write.")
    Path out;

    @Option(names = "--recipe", defaultValue = Recipe.DEFAULT, paramLabel = "NAME",
            description = "Named phases (default: ${DEFAULT-VALUE}).")
    String recipe;

    @Option(names = "--baseline", paramLabel = "scratch", description = "Also train the architecture from scratch with the same budget.")
    String baseline;

    @Option(names = "--head-epochs", description = "Epochs of the first (head) phase.") Integer headEpochs;
    @Option(names = "--head-lr", description = "Learning rate of the first phase.") Double headLr;
    @Option(names = "--freeze", paramLabel = "all|none|upto:LAYER", description = "What the first phase freezes.") String freeze;
    @Option(names = "--fine-epochs", description = "Epochs of the last (fine-tune) phase.") Integer fineEpochs;
    @Option(names = "--fine-lr", description = "Learning rate of the last phase.") Double fineLr;
    @Option(names = "--backbone-lr-mult", description = "Backbone learning-rate multiplier in the last phase.") Double backboneLrMult;
    @Option(names = "--batch", description = "Batch size of every phase.") Integer batch;
    @Option(names = "--patience", description = "Early-stopping patience of every phase (0 = off).") Integer patience;
    @Option(names = "--optimizer", paramLabel = "adam|amsgrad|sgd|rmsprop", description = "Optimiser of every phase.") String optimizer;
    @Option(names = "--schedule", paramLabel = "fixed|cosine|step:N|plateau:N", description = "Learning-rate schedule.") String schedule;
    @Option(names = "--weight-decay", description = "L2 weight decay of every phase.") Double weightDecay;
    @Option(names = "--label-smoothing", description = "Label smoothing of every phase.") Double labelSmoothing;

    @Option(names = "--overwrite", description = "Write into an existing folder that glyph did not make.")
    boolean overwrite;

    @Override
    public void run() {
        if (baseline != null && !baseline.equals("scratch")) {
            throw new GlyphException("--baseline '" + baseline + "' is not known; the only baseline is 'scratch'.");
        }
        PhaseOverrides overrides = new PhaseOverrides(headEpochs, headLr, freeze, fineEpochs, fineLr, backboneLrMult, batch,
                patience, optimizer, schedule, weightDecay, labelSmoothing);
        RunResult result = Transfer.from(from).to(PluginChoice.of(dataset, OptionPairs.parse(datasetOptions, "--option")))
                .phases(overrides.apply(Recipe.phases(recipe))).baselineScratch(baseline != null)
                .saveTo(out).overwrite(overwrite).runtime(root.runtime()).run();
        RunSummary.print(spec.commandLine().getOut(), result);
    }
}
