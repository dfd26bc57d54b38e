package org.glyphtransfer.datasets;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;

/**
 * Loading a dataset through its plugin in the dataset tests. Engine start-up and the real-data
 * guard are in the test-support module ({@code org.glyphtransfer.testing}).
 */
public final class DatasetPlugins {
    private DatasetPlugins() {}

    /**
     * Loads a dataset through its plugin, as the framework does.
     *
     * @param provider the plugin
     * @param options raw options
     * @param root the data root
     * @param seed the seed
     * @param manager the tensor owner
     * @return the dataset
     */
    public static GlyphDataset load(
            DatasetProvider provider, Map<String, String> options, Path root, long seed, NDManager manager) {
        DatasetRequest request = DatasetRequest.builder(provider.parseOptions(options), manager)
                .optDataRoot(DataRoot.of(root))
                .optSeed(seed)
                .build();
        return provider.load(request);
    }
}
