package org.glyphtransfer.app.experiment;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.settings.PhaseSettings;
import org.glyphtransfer.transfer.settings.Stage;
import org.glyphtransfer.transfer.settings.TrainingSetting;
import org.glyphtransfer.transfer.settings.TrainingSettings;

/**
 * A validated experiment: flat {@code section.key} settings with typed values, read from a file
 * with command-line overrides applied. Relative paths written in the file are relative to the file's
 * folder; those given with {@code --set} to the working folder, like the command line's. Immutable
 * and serializable (for grid cells run in other processes): it travels as its file name and
 * settings and is checked again where it arrives.
 */
public final class Experiment implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Path file;
    private final Map<String, Object> settings;

    Experiment(Path file, Map<String, Object> settings) {
        this.file = file;
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        if (hasTransfer() && !has("transfer.dataset")) {
            throw new GlyphException(
                    file + ": 'transfer.dataset' is required: the target dataset plugin, e.g. letter-folders.");
        }
        if (!has("transfer.from") && !has("pretrain.model")) {
            throw new GlyphException(
                    file + ": give a 'pretrain' section with 'model' and 'dataset', a 'transfer' section with "
                            + "'from' (an existing model folder), or both.");
        }
        if (has("pretrain.model") && !has("pretrain.dataset")) {
            throw new GlyphException(
                    file + ": 'pretrain.dataset' is required when 'pretrain.model' is given, e.g. mnist.");
        }
        if (!has("out") && !has(hasTransfer() ? "transfer.out" : "pretrain.out")) {
            throw new GlyphException(file + ": 'out' is required: the folder the experiment writes to.");
        }
    }

    private Object writeReplace() {
        return new Form(file.toString(), new LinkedHashMap<>(settings));
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("An experiment travels as its serialized form.");
    }

    /** What an experiment travels as: a {@link Path} is not serializable. */
    private record Form(String file, LinkedHashMap<String, Object> settings) implements Serializable {
        private Object readResolve() {
            return new Experiment(Path.of(file), settings);
        }
    }

    /** @return true when the file has a transfer section; without one it only pretrains */
    public boolean hasTransfer() {
        return settings.keySet().stream().anyMatch(k -> k.startsWith("transfer."));
    }

    /** @return the file it was read from */
    public Path file() {
        return file;
    }

    /** @return every setting, keyed by path */
    public Map<String, Object> settings() {
        return settings;
    }

    /** @param path a key path @return true when set */
    public boolean has(String path) {
        return settings.containsKey(path);
    }

    /** @param path a text key @return its value, if set */
    public Optional<String> text(String path) {
        return Optional.ofNullable((String) settings.get(path));
    }

    /** @param path a whole-number key @return its value, if set */
    public Optional<Integer> integer(String path) {
        return Optional.ofNullable((Number) settings.get(path)).map(Number::intValue);
    }

    /** @param path a whole-number key @return its value, if set */
    public Optional<Long> longValue(String path) {
        return Optional.ofNullable((Number) settings.get(path)).map(Number::longValue);
    }

    /** @param path a decimal key @return its value, if set */
    public Optional<Double> decimal(String path) {
        return Optional.ofNullable((Number) settings.get(path)).map(Number::doubleValue);
    }

    /** @param path a true/false key @return its value, false when unset */
    public boolean flag(String path) {
        return Boolean.TRUE.equals(settings.get(path));
    }

    /** @param path a plugin-options key @return its options, empty when unset */
    @SuppressWarnings("unchecked")
    public Map<String, String> options(String path) {
        Object v = settings.get(path);
        return v == null ? Map.of() : (Map<String, String>) v;
    }

    /**
     * @param stage pretraining or transfer
     * @return the training settings of the stage's section
     */
    public PhaseSettings phaseSettings(Stage stage) {
        PhaseSettings.Builder b = PhaseSettings.builder(stage);
        for (TrainingSetting s : TrainingSettings.of(stage)) {
            Object value = settings.get(s.fileKey(stage));
            if (value != null) {
                b.set(s, value, file + ": '" + s.fileKey(stage) + "'");
            }
        }
        return b.build();
    }

    /** @return the folder the pretrained model goes to */
    public Path pretrainOut() {
        return text("pretrain.out")
                .map(Path::of)
                .orElseGet(() -> Path.of(text("out").orElseThrow()).resolve("pretrained"));
    }

    /** @return the folder the transferred model and report go to */
    public Path transferOut() {
        return text("transfer.out")
                .map(Path::of)
                .orElseGet(() -> Path.of(text("out").orElseThrow()).resolve("transfer"));
    }
}
