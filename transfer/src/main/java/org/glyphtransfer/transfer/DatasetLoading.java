package org.glyphtransfer.transfer;

import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.PluginOptions;

/**
 * Loads a dataset through its plugin for a run, with errors that say what to fix. Every run, network
 * or classic baseline, loads its data here, so all see the same splits and preprocessing.
 */
public final class DatasetLoading {
    private DatasetLoading() {}

    /**
     * @param runtime registry, data root, seed, progress
     * @param choice the dataset plugin and its options
     * @param manager owns the split tensors
     * @return the plugin's splits with the options they were loaded with
     * @throws GlyphException when the plugin, an option or the data is wrong, or there is no training sample
     */
    public static LoadedData load(GlyphRuntime runtime, DatasetChoice choice, NDManager manager) {
        return load(runtime, choice, manager, runtime.seed());
    }

    /**
     * @param runtime registry, data root, progress
     * @param choice the dataset plugin and its options
     * @param manager owns the split tensors
     * @param splitSeed the seed the plugin draws its splits and subsets with: a model's own, to see the
     *     images it was tested on again
     * @return the plugin's splits with the options they were loaded with
     * @throws GlyphException when the plugin, an option or the data is wrong, or there is no training sample
     */
    public static LoadedData load(GlyphRuntime runtime, DatasetChoice choice, NDManager manager, long splitSeed) {
        DatasetProvider provider = runtime.registry().dataset(choice.name());
        PluginOptions options = provider.parseOptions(choice.options());
        runtime.listener().onMessage("loading dataset " + choice);
        GlyphDataset dataset;
        try {
            dataset = provider.load(DatasetRequest.builder(options, manager)
                    .optDataRoot(runtime.dataRoot())
                    .optSeed(splitSeed)
                    .optRegistry(runtime.registry())
                    .build());
        } catch (GlyphException e) {
            throw missingDataRoot(runtime.dataRoot(), e);
        }
        runtime.listener()
                .onMessage(String.format(
                        "dataset %s: %d classes, train %d / validation %d / test %d",
                        provider.name(),
                        dataset.numClasses(),
                        dataset.train().size(),
                        dataset.validation().size(),
                        dataset.test().size()));
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
}
