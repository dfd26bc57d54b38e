package org.glyphtransfer.datasets.idx;

import java.util.List;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.datasets.core.CommonOptions;

/**
 * {@code fashion-mnist}: Zalando's clothing images in MNIST's IDX format, by default from
 * Debian's {@code dataset-fashion-mnist} package folder.
 */
public final class FashionMnistDataset extends IdxDatasetSupport {
    /** Where {@code apt-get install dataset-fashion-mnist} puts the files. */
    public static final String DEBIAN_DIR = "/usr/share/datasets/fashion-mnist";

    private static final List<String> CLASSES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    @Override
    public String name() {
        return "fashion-mnist";
    }

    @Override
    public String description() {
        return "Fashion-MNIST clothing images, 10 classes, IDX files (default: Debian's dataset-fashion-mnist)";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(
                CommonOptions.withShared(dirOption(DEBIAN_DIR, "four Fashion-MNIST"), CommonOptions.valFraction()));
    }

    @Override
    protected IdxLayout layout(PluginOptions options) {
        return new IdxLayout(0, CLASSES.size(), false);
    }

    @Override
    protected List<String> classNames(PluginOptions options, int labelsSeen) {
        return CLASSES;
    }

    @Override
    protected String howToGetFiles() {
        return "install them with 'apt-get install dataset-fashion-mnist'";
    }
}
