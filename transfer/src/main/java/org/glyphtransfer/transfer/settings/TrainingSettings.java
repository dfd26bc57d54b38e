package org.glyphtransfer.transfer.settings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table of every training setting. The command line's options, the experiment file's keys,
 * their checks, their help text and the README's list all come from here: a new setting is one
 * line below.
 */
public final class TrainingSettings {
    private static final Set<Stage> PRETRAIN = EnumSet.of(Stage.PRETRAIN);
    private static final Set<Stage> TRANSFER = EnumSet.of(Stage.TRANSFER);
    private static final Set<Stage> BOTH = EnumSet.allOf(Stage.class);

    private static final List<TrainingSetting> ALL = List.of(
            new TrainingSetting("epochs", PhaseField.EPOCHS, PhaseTarget.EVERY, PRETRAIN, "Epochs"),
            new TrainingSetting("lr", PhaseField.LEARNING_RATE, PhaseTarget.EVERY, PRETRAIN, "Learning rate"),
            new TrainingSetting("head-epochs", PhaseField.EPOCHS, PhaseTarget.FIRST, TRANSFER, "Epochs"),
            new TrainingSetting("head-lr", PhaseField.LEARNING_RATE, PhaseTarget.FIRST, TRANSFER, "Learning rate"),
            new TrainingSetting("freeze", PhaseField.FREEZE, PhaseTarget.FIRST, TRANSFER, "What is frozen"),
            new TrainingSetting("fine-epochs", PhaseField.EPOCHS, PhaseTarget.LAST, TRANSFER, "Epochs"),
            new TrainingSetting("fine-lr", PhaseField.LEARNING_RATE, PhaseTarget.LAST, TRANSFER, "Learning rate"),
            new TrainingSetting(
                    "backbone-lr-mult",
                    PhaseField.BACKBONE_LR_MULTIPLIER,
                    PhaseTarget.LAST,
                    TRANSFER,
                    "Multiplier of the learning rate for the backbone"),
            new TrainingSetting("batch", PhaseField.BATCH_SIZE, PhaseTarget.EVERY, BOTH, "Batch size"),
            new TrainingSetting(
                    "patience",
                    PhaseField.PATIENCE,
                    PhaseTarget.EVERY,
                    BOTH,
                    "Early-stopping patience (epochs without a better validation loss; 0 = off)"),
            new TrainingSetting("optimizer", PhaseField.OPTIMIZER, PhaseTarget.EVERY, BOTH, "Optimiser"),
            new TrainingSetting("schedule", PhaseField.SCHEDULE, PhaseTarget.EVERY, BOTH, "Learning-rate schedule"),
            new TrainingSetting("weight-decay", PhaseField.WEIGHT_DECAY, PhaseTarget.EVERY, BOTH, "L2 weight decay"),
            new TrainingSetting(
                    "momentum", PhaseField.MOMENTUM, PhaseTarget.EVERY, BOTH, "Momentum of sgd and rmsprop"),
            new TrainingSetting(
                    "rmsprop-decay",
                    PhaseField.RMSPROP_DECAY,
                    PhaseTarget.EVERY,
                    BOTH,
                    "Decay of rmsprop's average of squared gradients (PyTorch's alpha 0.99; Keras's rho is 0.9)"),
            new TrainingSetting(
                    "label-smoothing", PhaseField.LABEL_SMOOTHING, PhaseTarget.EVERY, BOTH, "Label smoothing"));

    private TrainingSettings() {}

    /** @return every setting, in the order help lists them */
    public static List<TrainingSetting> all() {
        return ALL;
    }

    /**
     * @param stage a job
     * @return the settings it takes, in help order
     */
    public static List<TrainingSetting> of(Stage stage) {
        List<TrainingSetting> out = new ArrayList<>();
        ALL.stream().filter(s -> s.stages().contains(stage)).forEach(out::add);
        return out;
    }

    /**
     * @param stage a job
     * @param key a setting key, e.g. {@code weight-decay}
     * @return the setting, if the job takes it
     */
    public static Optional<TrainingSetting> find(Stage stage, String key) {
        return of(stage).stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /**
     * The table as Markdown, one row per setting: option, experiment-file keys, phases, values.
     * The README's list of training settings is this text.
     *
     * @return the Markdown table
     */
    public static String markdown() {
        StringBuilder md =
                new StringBuilder("| option | experiment-file key | what | phases | values |\n|---|---|---|---|---|\n");
        for (TrainingSetting s : ALL) {
            List<String> keys = new ArrayList<>();
            s.stages().forEach(stage -> keys.add("`" + s.fileKey(stage) + "`"));
            md.append("| `")
                    .append(s.option())
                    .append(' ')
                    .append(s.valueLabel().replace("|", "\\|"))
                    .append("` | ")
                    .append(String.join(", ", keys))
                    .append(" | ")
                    .append(s.summary())
                    .append(" | ")
                    .append(s.target().phrase())
                    .append(" | ")
                    .append(s.field().expected())
                    .append(" |\n");
        }
        return md.toString();
    }
}
