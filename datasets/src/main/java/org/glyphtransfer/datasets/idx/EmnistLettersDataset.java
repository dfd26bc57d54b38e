package org.glyphtransfer.datasets.idx;

import java.util.List;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.datasets.core.CommonOptions;
import org.glyphtransfer.datasets.core.Letters;

/**
 * {@code emnist-letters}: the EMNIST letters split (labels 1–26 = A–Z, upper and lower case
 * merged). EMNIST stores each image transposed; it is turned upright on load.
 */
public final class EmnistLettersDataset extends IdxDatasetSupport {
    private static final List<String> FILES = List.of(
            "emnist-letters-train-images-idx3-ubyte",
            "emnist-letters-train-labels-idx1-ubyte",
            "emnist-letters-test-images-idx3-ubyte",
            "emnist-letters-test-labels-idx1-ubyte");
    private static final List<String> LETTERS = Letters.UPPERCASE;

    @Override
    public String name() {
        return "emnist-letters";
    }

    @Override
    public String description() {
        return "EMNIST letters A–Z (124,800 training, 20,800 test), gz IDX files, orientation fixed on load";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                CommonOptions.withShared(dirOption("emnist", "EMNIST letters"), CommonOptions.valFraction()));
    }

    @Override
    protected List<String> fileNames(PluginOptions options) {
        return FILES;
    }

    @Override
    protected IdxLayout layout(PluginOptions options) {
        return new IdxLayout(1, LETTERS.size(), true);
    }

    @Override
    protected List<String> classNames(PluginOptions options, int labelsSeen) {
        return LETTERS;
    }

    @Override
    protected String howToGetFiles() {
        return "copy the four emnist-letters-*-ubyte.gz files of the EMNIST 'gzip' release (NIST) there";
    }
}
