package org.glyphtransfer.app.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every key an experiment file may hold, with its type and range. Keys are the command line's
 * long option names, so each option has a key and each key an option: {@code seed} is
 * {@code --seed}, {@code transfer.head-epochs} is {@code glyph transfer --head-epochs}.
 */
final class ExperimentKeys {
    /** Value types of keys. */
    enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, MAP, SECTION }

    /**
     * One allowed key.
     *
     * @param type value type
     * @param min smallest number allowed (numbers only)
     * @param max largest number allowed (numbers only)
     */
    record Key(Type type, double min, double max) {}

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
        integer("pretrain.epochs", 1, 100_000);
        decimal("pretrain.lr", 1e-9, 10);
        integer("pretrain.batch", 1, 1 << 20);
        trainingKnobs("pretrain");
        text("pretrain.out");
        KEYS.put("transfer", new Key(Type.SECTION, 0, 0));
        text("transfer.from");
        text("transfer.dataset");
        map("transfer.option");
        text("transfer.recipe");
        text("transfer.baseline");
        integer("transfer.head-epochs", 1, 100_000);
        decimal("transfer.head-lr", 1e-9, 10);
        text("transfer.freeze");
        integer("transfer.fine-epochs", 1, 100_000);
        decimal("transfer.fine-lr", 1e-9, 10);
        decimal("transfer.backbone-lr-mult", 0, 100);
        integer("transfer.batch", 1, 1 << 20);
        trainingKnobs("transfer");
        text("transfer.out");
    }

    private ExperimentKeys() {}

    /** The keys of the options every phase shares (TrainingKnobs on the command line). */
    private static void trainingKnobs(String section) {
        integer(section + ".patience", 0, 100_000);
        text(section + ".optimizer");
        text(section + ".schedule");
        decimal(section + ".weight-decay", 0, 1);
        decimal(section + ".label-smoothing", 0, 0.99);
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
