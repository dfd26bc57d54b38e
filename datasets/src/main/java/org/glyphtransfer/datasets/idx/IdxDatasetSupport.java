package org.glyphtransfer.datasets.idx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.api.DatasetProvider;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.datasets.core.DatasetAssembler;
import org.glyphtransfer.datasets.core.ImageSet;

/**
 * What the IDX plugins share: a {@code dir} option resolved against the data root, the four
 * files found in it, validation carved from training, and an error naming the folder and the
 * missing files.
 */
abstract class IdxDatasetSupport implements DatasetProvider {
    static final String DIR = "dir";

    /**
     * @param defaultDir the default folder, relative to the data root or absolute
     * @param what what the folder holds, for the description
     * @return the {@code dir} option
     */
    static OptionSpec dirOption(String defaultDir, String what) {
        return OptionSpec.string(DIR, defaultDir)
                .optPath()
                .optDescription(
                        "folder holding the " + what + " IDX files (raw or .gz), absolute or under the data root");
    }

    @Override
    public GlyphDataset load(DatasetRequest request) {
        PluginOptions options = request.options();
        Path dir = request.resolve(options.getString(DIR));
        List<String> missing = new ArrayList<>();
        IdxSource source = IdxSource.find(dir, fileNames(options), layout(options), missing)
                .orElseGet(() -> whenMissing(request, dir, missing));
        ImageSet train = source.loadTrain();
        ImageSet test = source.loadTest();
        List<String> classNames = classNames(options, Math.max(maxLabel(train), maxLabel(test)) + 1);
        return DatasetAssembler.assemble(name(), classNames, train, test, request);
    }

    /**
     * @param options the validated options
     * @return the four canonical file names, in the order of {@link IdxSource#MNIST_NAMES}
     */
    protected List<String> fileNames(PluginOptions options) {
        return IdxSource.MNIST_NAMES;
    }

    /**
     * @param options the validated options
     * @return label numbering and pixel order
     */
    protected abstract IdxLayout layout(PluginOptions options);

    /**
     * @param options the validated options
     * @param labelsSeen one more than the largest label in the files
     * @return class names in label order
     */
    protected abstract List<String> classNames(PluginOptions options, int labelsSeen);

    /**
     * Called when files are missing: by default an error naming the folder and the files.
     *
     * @param request the request
     * @param dir the folder searched
     * @param missing the names not found
     * @return a source found elsewhere (a download), if the plugin can
     */
    protected IdxSource whenMissing(DatasetRequest request, Path dir, List<String> missing) {
        throw new GlyphException("Dataset '" + name() + "' found no " + String.join(", ", missing) + " in " + dir + "; "
                + howToGetFiles() + ", or set the option 'dir' to the folder that holds them.");
    }

    /** @return how a user gets the files, as part of a sentence */
    protected abstract String howToGetFiles();

    private static int maxLabel(ImageSet set) {
        int max = -1;
        for (int label : set.labels()) {
            max = Math.max(max, label);
        }
        return max;
    }
}
