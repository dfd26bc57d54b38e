package org.glyphtransfer.datasets.idx;

import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.OptionSchema;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.datasets.core.CommonOptions;

/**
 * {@code mnist}: the handwritten digits from the four IDX files in a folder (default {@code mnist}
 * under the data root); when they are absent and DJL may go online, DJL's MNIST download.
 */
public final class MnistDataset extends IdxDatasetSupport {
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final IdxLayout LAYOUT = new IdxLayout(0, 10, false);

    @Override
    public String name() {
        return "mnist";
    }

    @Override
    public String description() {
        return "MNIST handwritten digits 0–9 from IDX files (raw or .gz); 60,000 training and 10,000 test images";
    }

    @Override
    public OptionSchema options() {
        return OptionSchema.of(CommonOptions.withShared(dirOption("mnist", "four MNIST"), CommonOptions.valFraction()));
    }

    @Override
    protected IdxLayout layout(PluginOptions options) {
        return LAYOUT;
    }

    @Override
    protected List<String> classNames(PluginOptions options, int labelsSeen) {
        return DIGITS;
    }

    @Override
    protected IdxSource whenMissing(DatasetRequest request, Path dir, List<String> missing) {
        if (MnistDownload.online()) {
            return MnistDownload.fetch(request, LAYOUT, dir.toString());
        }
        return super.whenMissing(request, dir, missing);
    }

    @Override
    protected String howToGetFiles() {
        return "copy the four MNIST IDX files there (from a mirror of yann.lecun.com/exdb/mnist) or run online"
                + " (without -Dai.djl.offline=true) so DJL downloads them";
    }
}
