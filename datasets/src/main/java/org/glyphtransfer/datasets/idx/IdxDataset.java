package org.glyphtransfer.datasets.idx;

import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.OptionSpec;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.datasets.core.CommonOptions;

/**
 * {@code idx}: any IDX image/label pair for training and for test in one folder, with optional
 * class names; labels are class indices from 0 (or from {@code firstLabel}).
 */
public final class IdxDataset extends IdxDatasetSupport {
    private static final String TRAIN_IMAGES = "trainImages";
    private static final String TRAIN_LABELS = "trainLabels";
    private static final String TEST_IMAGES = "testImages";
    private static final String TEST_LABELS = "testLabels";
    private static final String CLASS_NAMES = "classNames";
    private static final String FIRST_LABEL = "firstLabel";
    private static final String TRANSPOSED = "transposed";

    @Override
    public String name() {
        return "idx";
    }

    @Override
    public String description() {
        return "any IDX image/label files (raw or .gz) in a folder, with optional class names";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(CommonOptions.withShared(
                dirOption(".", "image and label"),
                fileOption(TRAIN_IMAGES, IdxSource.MNIST_NAMES.get(0), "training images"),
                fileOption(TRAIN_LABELS, IdxSource.MNIST_NAMES.get(1), "training labels"),
                fileOption(TEST_IMAGES, IdxSource.MNIST_NAMES.get(2), "test images"),
                fileOption(TEST_LABELS, IdxSource.MNIST_NAMES.get(3), "test labels"),
                OptionSpec.string(CLASS_NAMES, null)
                        .optDescription("class names in label order, separated by commas (default: the label numbers)"),
                OptionSpec.integer(FIRST_LABEL, 0)
                        .optRange(0, 255)
                        .optDescription("the label value of the first class (1 for EMNIST letters)"),
                OptionSpec.bool(TRANSPOSED, false).optDescription("images are stored column-major, as in EMNIST"),
                CommonOptions.valFraction()));
    }

    private static OptionSpec fileOption(String key, String defaultName, String what) {
        return OptionSpec.string(key, defaultName)
                .optDescription("file name of the " + what + " in 'dir'; .gz and .idx spellings are found too");
    }

    @Override
    protected List<String> fileNames(PluginOptions options) {
        return List.of(
                options.getString(TRAIN_IMAGES),
                options.getString(TRAIN_LABELS),
                options.getString(TEST_IMAGES),
                options.getString(TEST_LABELS));
    }

    @Override
    protected IdxLayout layout(PluginOptions options) {
        int numClasses =
                options.optString(CLASS_NAMES).map(s -> names(s).size()).orElse(0);
        return new IdxLayout(options.getInt(FIRST_LABEL), numClasses, options.getBoolean(TRANSPOSED));
    }

    @Override
    protected List<String> classNames(PluginOptions options, int labelsSeen) {
        if (options.optString(CLASS_NAMES).isPresent()) {
            return names(options.getString(CLASS_NAMES));
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < labelsSeen; i++) {
            numbers.add(Integer.toString(i + options.getInt(FIRST_LABEL)));
        }
        return numbers;
    }

    @Override
    protected String howToGetFiles() {
        return "set the options trainImages, trainLabels, testImages and testLabels to the file names in that folder";
    }

    private List<String> names(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String name = part.trim();
            if (name.isEmpty() || out.contains(name)) {
                throw new GlyphException(
                        "Option 'classNames' of dataset '" + name() + "' has an empty or repeated name in '" + value
                                + "'; give distinct names separated by commas.");
            }
            out.add(name);
        }
        return out;
    }
}
