package org.glyphtransfer.app;

import java.util.List;
import java.util.Map;
import org.glyphtransfer.transfer.Recipe;
import org.glyphtransfer.transfer.train.Phase;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The phase options that {@code transfer} and {@code study} share: a recipe and changes to it. */
final class PhaseOptions {
    @Option(names = "--recipe", defaultValue = Recipe.DEFAULT, paramLabel = "NAME",
            description = "Named phases (default: ${DEFAULT-VALUE}).")
    String recipe;

    @Option(names = "--head-epochs", description = "Epochs of the first (head) phase.") Integer headEpochs;
    @Option(names = "--head-lr", description = "Learning rate of the first phase.") Double headLr;
    @Option(names = "--freeze", paramLabel = "all|none|upto:LAYER", description = "What the first phase freezes.") String freeze;
    @Option(names = "--fine-epochs", description = "Epochs of the last (fine-tune) phase.") Integer fineEpochs;
    @Option(names = "--fine-lr", description = "Learning rate of the last phase.") Double fineLr;
    @Option(names = "--backbone-lr-mult", description = "Backbone learning-rate multiplier in the last phase.") Double backboneLrMult;
    @Option(names = "--batch", description = "Batch size of every phase.") Integer batch;
    @Mixin TrainingKnobs knobs;

    /** @return dataset options the recipe turns on for the target, e.g. augment=true */
    Map<String, String> datasetDefaults() {
        return Recipe.datasetDefaults(recipe);
    }

    /** @return the recipe's phases with the given changes */
    List<Phase> phases() {
        return knobs.overrides().optHeadEpochs(headEpochs).optHeadLearningRate(headLr).optHeadFreeze(freeze)
                .optFineEpochs(fineEpochs).optFineLearningRate(fineLr).optBackboneLrMultiplier(backboneLrMult).optBatchSize(batch)
                .build().apply(Recipe.phases(recipe));
    }
}
