package org.glyphtransfer.transfer;

import org.glyphtransfer.transfer.train.PhaseOutcome;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ModelParts;
import org.glyphtransfer.api.ModelProvider;
import org.glyphtransfer.api.ModelRequest;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.train.Checkpoints;
import org.glyphtransfer.transfer.train.RunIdentity;
import org.glyphtransfer.transfer.train.TrainingRun;
import org.glyphtransfer.transfer.train.TorchStyleInitializer;

/** What pretraining, transfer and the scratch baseline share: loading, building, training, saving. */
final class RunSupport {
    private RunSupport() {}

    /** A dataset loaded through its plugin, with the options it was loaded with. */
    record LoadedData(DatasetProvider provider, PluginOptions options, GlyphDataset dataset) {}

    static LoadedData loadDataset(GlyphRuntime runtime, PluginChoice choice, NDManager manager) {
        DatasetProvider provider = runtime.registry().dataset(choice.name());
        PluginOptions options = provider.parseOptions(choice.options());
        runtime.listener().onMessage("loading dataset " + choice);
        GlyphDataset dataset;
        try {
            dataset = provider.load(DatasetRequest.builder(options, manager).optDataRoot(runtime.dataRoot())
                    .optSeed(runtime.seed()).build());
        } catch (GlyphException e) {
            throw missingDataRoot(runtime.dataRoot(), e);
        }
        runtime.listener().onMessage(String.format("dataset %s: %d classes, train %d / validation %d / test %d",
                provider.name(), dataset.numClasses(), dataset.train().size(), dataset.validation().size(), dataset.test().size()));
        if (dataset.train().size() == 0) {
            throw new GlyphException("Dataset " + choice + " has no training samples; check its options.");
        }
        return new LoadedData(provider, options, dataset);
    }

    /**
     * When a dataset misses a path under a data root that does not exist at all, the root is what to fix:
     * says so in front of the plugin's own sentence.
     */
    private static GlyphException missingDataRoot(DataRoot root, GlyphException e) {
        String message = String.valueOf(e.getMessage());
        if (Files.isDirectory(root.path()) || !message.contains(root.path().toString())) {
            return e;
        }
        String from = switch (root.origin()) {
            case "--data-root" -> " (given with --data-root)";
            case DataRoot.ENV -> " (from " + DataRoot.ENV + ")";
            case "default" -> " (the default, as neither --data-root nor " + DataRoot.ENV + " is set)";
            default -> "";
        };
        boolean acronym = message.length() > 1 && Character.isUpperCase(message.charAt(1));
        String rest = acronym ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
        return new GlyphException("The data root " + root.path() + from + " does not exist, so " + rest, e);
    }

    /** Builds a fresh, initialised network for a dataset in a new DJL model. */
    static Network freshModel(GlyphRuntime runtime, ModelProvider provider, PluginOptions options, GlyphDataset data, String name) {
        runtime.reseed();
        Model model = Model.newInstance(name, runtime.device());
        ModelParts parts = provider.build(ModelRequest.builder(options, data.numClasses()).optInputShape(data.inputShape())
                .optDataRoot(runtime.dataRoot()).optManager(model.getNDManager()).build());
        TorchStyleInitializer.applyTo(parts.network());
        parts.network().initialize(model.getNDManager(), DataType.FLOAT32, ModelFolder.batchOf(data.inputShape()));
        model.setBlock(parts.network());
        return new Network(model, parts);
    }

    /** Runs phases one after the other, evaluating after each, checkpointing every epoch when a folder is given. */
    static List<PhaseOutcome> runPhases(GlyphRuntime runtime, Model model, ModelParts parts, LoadedData data, String architecture,
            PluginOptions architectureOptions, List<Phase> phases, String label, Path checkpointDir, boolean resume) {
        List<Map<String, Object>> plan = new ArrayList<>();
        phases.forEach(p -> plan.add(p.describe()));
        RunIdentity identity = new RunIdentity(label, architecture, architectureOptions.asText(), runtime.seed(),
                data.provider().name(), data.options().asText(),
                data.dataset().classNames(), plan);
        Checkpoints checkpoints = checkpointDir == null ? null : Checkpoints.at(checkpointDir);
        return new TrainingRun(model, parts, data.dataset(), runtime.seed(), runtime.listener(), identity, checkpoints, resume)
                .run(phases);
    }

    /** Names of the checkpoint folders a run keeps inside its output folder. */
    static final List<String> CHECKPOINT_FOLDERS = List.of("checkpoint", "checkpoint-scratch");

    static Path checkpointFolder(Path output, String name) {
        return output == null ? null : output.resolve(name);
    }

    /**
     * Runs work that writes into an output folder; when it fails, removes what it created (see
     * {@link #discardUnfinished}) and rethrows.
     *
     * @param output the output folder, or null
     * @param work the run
     * @return what the work returned
     */
    static <T> T discardingOnFailure(Path output, java.util.function.Supplier<T> work) {
        Path created = output == null ? null : AtomicFiles.outermostMissing(output);
        try {
            return work.get();
        } catch (RuntimeException e) {
            discardUnfinished(output, created);
            throw e;
        }
    }

    /**
     * After a failed run: removes the folders the run created when the output holds no complete checkpoint
     * to resume from, so a failure (a full disk, a bad file found late) leaves nothing half-written.
     *
     * @param output the output folder, or null
     * @param created what {@link AtomicFiles#outermostMissing} said before the run; null when the output existed
     */
    private static void discardUnfinished(Path output, Path created) {
        if (created == null || !Files.exists(created)
                || CHECKPOINT_FOLDERS.stream().anyMatch(c -> Checkpoints.at(output.resolve(c)).exists())) {
            return;
        }
        try (Stream<Path> walk = Files.walk(created)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: the run's own error is the one to report.
        }
    }

    /** Deletes a finished run's checkpoints. */
    static void clearCheckpoints(Path output) {
        if (output != null) {
            CHECKPOINT_FOLDERS.forEach(name -> Checkpoints.at(output.resolve(name)).clear());
        }
    }

    static Provenance.Builder provenance(GlyphRuntime runtime, String architecture, PluginOptions modelOptions, LoadedData data,
            List<Phase> phases, Evaluation evaluation) {
        GlyphDataset d = data.dataset();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("train", d.train().size());
        sizes.put("validation", d.validation().size());
        sizes.put("test", d.test().size());
        Map<String, Object> training = new LinkedHashMap<>();
        List<Map<String, Object>> phaseList = new ArrayList<>();
        phases.forEach(p -> phaseList.add(p.describe()));
        training.put("phases", phaseList);
        training.put("device", runtime.engine().deviceName());
        training.put("threads", runtime.engine().threads());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("testAccuracy", evaluation.accuracy());
        metrics.put("testLoss", evaluation.loss());
        metrics.put("testMacroF1", evaluation.macroAverage().f1());
        return Provenance.builder().architecture(architecture, modelOptions.asText())
                .classes(d.classNames(), d.inputShape().getShape())
                .dataset(data.provider().name(), data.options().asText(), sizes)
                .training(training).metrics(metrics).seed(runtime.seed()).versions(versions(runtime));
    }

    static Map<String, String> versions(GlyphRuntime runtime) {
        Properties p = new Properties();
        try (InputStream in = RunSupport.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("glyph", p.getProperty("version", "unknown"));
        v.put("djl", p.getProperty("djl", "unknown"));
        v.put("engine", Engine.getInstance().getEngineName() + " " + runtime.engine().engineVersion());
        v.put("java", System.getProperty("java.version"));
        return v;
    }

    /**
     * Refuses to write into a folder that holds something other than a glyph run, unless told to, and
     * into one that cannot be created or written (checked before any work).
     *
     * @param dir the output folder
     * @param overwrite true to write anyway
     */
    static void prepareOutput(Path dir, boolean overwrite) {
        if (dir == null) {
            return;
        }
        if (!Files.exists(dir) || overwrite) {
            WritableCheck.require(dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new GlyphException("Output " + dir + " is a file, not a folder; choose another --out.");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            boolean ours = ModelFolder.isModelFolder(dir) || CHECKPOINT_FOLDERS.stream().anyMatch(c -> Files.isDirectory(dir.resolve(c)));
            if (entries.findAny().isPresent() && !ours) {
                throw new GlyphException("Output folder " + dir + " exists and was not written by glyph; choose another "
                        + "--out or pass --overwrite.");
            }
        } catch (IOException e) {
            throw new GlyphException("Output folder " + dir + " cannot be read: " + e.getMessage() + ".", e);
        }
        WritableCheck.require(dir);
    }
}
