package org.glyphtransfer.transfer.settings;

import java.util.Set;

/**
 * One training setting a user can give: its key (the command-line option without its dashes,
 * and the experiment-file key in the stage's section), the phase setting it changes, which
 * phases and which jobs it applies to, and what it does. Declared once in {@link TrainingSettings}.
 *
 * @param key e.g. {@code weight-decay}: {@code --weight-decay}, {@code transfer.weight-decay}
 * @param field the phase setting it changes, with its type and range
 * @param target which phases it changes
 * @param stages the jobs that take it
 * @param summary what it does, one phrase for help text
 */
public record TrainingSetting(String key, PhaseField field, PhaseTarget target, Set<Stage> stages, String summary) {

    /** @return the command-line option, e.g. {@code --weight-decay} */
    public String option() {
        return "--" + key;
    }

    /**
     * @param stage a job
     * @return the experiment-file key, e.g. {@code transfer.weight-decay}
     */
    public String fileKey(Stage stage) {
        return stage.section() + "." + key;
    }

    /** @return the help text: what it does, the phases, and what values it takes */
    public String help() {
        return summary + " in " + target.phrase() + "; " + field.expected() + ".";
    }

    /** @return the placeholder shown in usage, e.g. {@code N} or {@code all|none|upto:LAYER} */
    public String valueLabel() {
        return switch (field) {
            case OPTIMIZER -> "adam|amsgrad|sgd|rmsprop";
            case FREEZE -> "all|none|upto:LAYER";
            case SCHEDULE -> "fixed|cosine|step:N|plateau:N";
            default -> field.whole() ? "N" : "X";
        };
    }
}
