package org.glyphtransfer.app;

import java.util.List;
import java.util.Map;
import org.glyphtransfer.transfer.Recipe;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.settings.Stage;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The recipe option that {@code transfer} and {@code study} share; the settings that change the
 * recipe's phases come from the settings table (see {@link TrainingOptions}).
 */
final class PhaseOptions {
    @Option(
            names = "--recipe",
            defaultValue = Recipe.DEFAULT,
            paramLabel = "NAME",
            description = "Named phases (default: ${DEFAULT-VALUE}).")
    String recipe;

    /** @return dataset options the recipe turns on for the target, e.g. augment=true */
    Map<String, String> datasetDefaults() {
        return Recipe.datasetDefaults(recipe);
    }

    /**
     * @param command the running command, whose transfer settings change the recipe
     * @return the recipe's phases with the given changes
     */
    List<Phase> phases(CommandSpec command) {
        return TrainingOptions.read(command, Stage.TRANSFER).apply(Recipe.phases(recipe));
    }
}
