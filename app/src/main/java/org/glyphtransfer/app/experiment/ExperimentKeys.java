package org.glyphtransfer.app.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphtransfer.transfer.settings.Stage;
import org.glyphtransfer.transfer.settings.TrainingSetting;
import org.glyphtransfer.transfer.settings.TrainingSettings;

/**
 * Every key an experiment file may hold, with its type and range. Keys are the command line's
 * long option names, so each option has a key and each key an option: {@code seed} is
 * {@code --seed}, {@code transfer.head-epochs} is {@code glyph transfer --head-epochs}.
 */
final class ExperimentKeys {
    /** Value types of keys. */
    enum Type {
        TEXT,
        INTEGER,
        DECIMAL,
        BOOLEAN,
        MAP,
        SECTION,
        TRAINING
    }

    /**
     * One allowed key.
     *
     * @param type value type
     * @param min smallest number allowed (numbers only)
     * @param max largest number allowed (numbers only)
     * @param setting the training setting, for {@link Type#TRAINING} keys (type and range are the setting's)
     */
    record Key(Type type, double min, double max, TrainingSetting setting) {
        Key(Type type, double min, double max) {
            this(type, min, max, null);
        }
    }

    static final Map<String, Key> KEYS = new LinkedHashMap<>();

    static {
        text("name");
        text("out");
        bool("overwrite");
        bool("resume");
        integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        text("device");
        integer("threads", 0, 1024);
        text("data-root");
        text("plugins");
        bool("quiet");
        KEYS.put("pretrain", new Key(Type.SECTION, 0, 0));
        text("pretrain.model");
        map("pretrain.model-option");
        text("pretrain.dataset");
        map("pretrain.option");
        text("pretrain.recipe");
        training(Stage.PRETRAIN);
        text("pretrain.out");
        KEYS.put("transfer", new Key(Type.SECTION, 0, 0));
        text("transfer.from");
        text("transfer.dataset");
        map("transfer.option");
        text("transfer.recipe");
        text("transfer.baseline");
        training(Stage.TRANSFER);
        text("transfer.out");
        KEYS.put("cascade", new Key(Type.SECTION, 0, 0));
        text("cascade.classes");
        text("cascade.out");
    }

    private ExperimentKeys() {}

    /** A stage's training settings, from the library's settings table. */
    private static void training(Stage stage) {
        for (TrainingSetting s : TrainingSettings.of(stage)) {
            KEYS.put(s.fileKey(stage), new Key(Type.TRAINING, 0, 0, s));
        }
    }

    private static void text(String k) {
        KEYS.put(k, new Key(Type.TEXT, 0, 0));
    }

    private static void bool(String k) {
        KEYS.put(k, new Key(Type.BOOLEAN, 0, 0));
    }

    private static void map(String k) {
        KEYS.put(k, new Key(Type.MAP, 0, 0));
    }

    private static void integer(String k, double min, double max) {
        KEYS.put(k, new Key(Type.INTEGER, min, max));
    }

    private static void decimal(String k, double min, double max) {
        KEYS.put(k, new Key(Type.DECIMAL, min, max));
    }
}
