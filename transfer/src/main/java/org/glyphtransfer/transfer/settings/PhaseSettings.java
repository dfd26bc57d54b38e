package org.glyphtransfer.transfer.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.Suggestions;

/**
 * Settings a user chose for a job's phases, checked against {@link TrainingSettings}: what the
 * command line's options or an experiment file's section say, applied on top of a recipe's
 * phases. Immutable. {@code PhaseSettings.builder(Stage.TRANSFER).set("fine-lr", 3e-4).build()}.
 */
public final class PhaseSettings {
    private final Stage stage;
    private final Map<TrainingSetting, Object> values;

    private PhaseSettings(Stage stage, Map<TrainingSetting, Object> values) {
        this.stage = stage;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param stage the job the settings are for
     * @return settings that change nothing
     */
    public static PhaseSettings none(Stage stage) {
        return new PhaseSettings(stage, Map.of());
    }

    /**
     * @param stage the job the settings are for
     * @return a builder
     */
    public static Builder builder(Stage stage) {
        return new Builder(stage);
    }

    /** @return the job the settings are for */
    public Stage stage() {
        return stage;
    }

    /** @return each chosen setting with its checked, typed value */
    public Map<TrainingSetting, Object> values() {
        return values;
    }

    /**
     * Applies the settings: each changes the phases its target names.
     *
     * @param phases a recipe's phases
     * @return the changed phases
     */
    public List<Phase> apply(List<Phase> phases) {
        List<Phase> out = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            PhaseBuilder b = phases.get(i).toBuilder();
            for (Map.Entry<TrainingSetting, Object> v : values.entrySet()) {
                if (v.getKey().target().includes(i, phases.size())) {
                    b.set(v.getKey().field(), v.getValue());
                }
            }
            out.add(b.build());
        }
        return out;
    }

    /** Collects settings, checking each value as it is given. */
    public static final class Builder {
        private final Stage stage;
        private final Map<TrainingSetting, Object> values = new LinkedHashMap<>();

        private Builder(Stage stage) {
            this.stage = stage;
        }

        /**
         * @param key a setting key of this stage, e.g. {@code weight-decay}
         * @param value its value: text as typed, or a number
         * @return this
         * @throws GlyphException for an unknown key or a value outside the setting's range
         */
        public Builder set(String key, Object value) {
            TrainingSetting s = TrainingSettings.find(stage, key).orElseThrow(() -> unknown(key));
            return set(s, value, "'" + key + "'");
        }

        /**
         * @param setting a setting of this stage
         * @param value its value: text as typed, or a number
         * @param where how the user named it, for the error message (e.g. {@code --weight-decay})
         * @return this
         */
        public Builder set(TrainingSetting setting, Object value, String where) {
            if (!setting.stages().contains(stage)) {
                throw unknown(setting.key());
            }
            values.put(setting, setting.field().parse(value, where));
            return this;
        }

        private GlyphException unknown(String key) {
            List<String> keys = TrainingSettings.of(stage).stream()
                    .map(TrainingSetting::key)
                    .toList();
            return new GlyphException("'" + key + "' is not a " + stage.section() + " setting"
                    + Suggestions.hint(key, keys) + "; use one of " + String.join(", ", keys) + ".");
        }

        /** @return the settings */
        public PhaseSettings build() {
            return new PhaseSettings(stage, values);
        }
    }
}
