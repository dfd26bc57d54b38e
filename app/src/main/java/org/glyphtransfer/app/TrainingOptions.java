package org.glyphtransfer.app;

import org.glyphtransfer.transfer.settings.PhaseSettings;
import org.glyphtransfer.transfer.settings.Stage;
import org.glyphtransfer.transfer.settings.TrainingSetting;
import org.glyphtransfer.transfer.settings.TrainingSettings;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The training settings as command-line options, made from the library's settings table: a
 * command names its stage with a model transformer, and reads what the user gave with
 * {@link #read}. Values are taken as text and checked by the table, exactly as an experiment
 * file's are.
 */
final class TrainingOptions {
    private TrainingOptions() {}

    /** Adds the pretraining settings to a command. */
    static final class Pretrain implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return add(spec, Stage.PRETRAIN);
        }
    }

    /** Adds the transfer settings to a command. */
    static final class Transfer implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return add(spec, Stage.TRANSFER);
        }
    }

    private static CommandSpec add(CommandSpec spec, Stage stage) {
        for (TrainingSetting s : TrainingSettings.of(stage)) {
            spec.addOption(OptionSpec.builder(s.option())
                    .paramLabel(s.valueLabel())
                    .type(String.class)
                    .description(s.help())
                    .build());
        }
        return spec;
    }

    /**
     * @param spec the running command
     * @param stage its stage
     * @return the settings the user gave on the command line
     */
    static PhaseSettings read(CommandSpec spec, Stage stage) {
        ParseResult parsed = spec.commandLine().getParseResult();
        PhaseSettings.Builder settings = PhaseSettings.builder(stage);
        for (TrainingSetting s : TrainingSettings.of(stage)) {
            if (parsed.hasMatchedOption(s.option())) {
                settings.set(s, parsed.matchedOptionValue(s.option(), ""), s.option());
            }
        }
        return settings.build();
    }
}
