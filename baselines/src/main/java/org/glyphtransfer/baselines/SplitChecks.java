package org.glyphtransfer.baselines;

import ai.djl.ndarray.types.Shape;
import java.util.Locale;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.transfer.DatasetChoice;

/** What a baseline needs of its data before it trains: one image size everywhere, enough training images. */
final class SplitChecks {
    private SplitChecks() {}

    /**
     * Pixels are features by position, so every image of every split must have the dataset's one shape.
     *
     * @param choice the dataset, for the message
     * @param d the loaded dataset
     * @throws GlyphException naming the split and both sizes when they differ
     */
    static void requireOneImageSize(DatasetChoice choice, GlyphDataset d) {
        Shape expected = d.inputShape();
        String[] names = {"train", "validation", "test"};
        DataSplit[] splits = {d.train(), d.validation(), d.test()};
        for (int i = 0; i < splits.length; i++) {
            Shape images = splits[i].images().getShape();
            Shape one = images.dimension() == 4 ? images.slice(1) : images;
            if (!one.equals(expected)) {
                throw new GlyphException("Dataset " + choice + " gives " + names[i] + " images of size " + text(one)
                        + " but its images are " + text(expected) + "; a baseline needs every image in one size,"
                        + " so give every split images of one size.");
            }
        }
    }

    /**
     * @param method the learner
     * @param options its options
     * @param d the loaded dataset
     * @throws GlyphException when k-NN asks for more neighbours than there are training images
     */
    static void requireEnoughImages(Method method, PluginOptions options, GlyphDataset d) {
        if (method == Method.KNN && options.getInt("k") > d.train().size()) {
            throw new GlyphException(String.format(
                    Locale.ROOT,
                    "Option k=%d of knn is larger than the %,d training images of dataset %s; choose k of at most %d.",
                    options.getInt("k"),
                    d.train().size(),
                    d.name(),
                    d.train().size()));
        }
    }

    private static String text(Shape s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.dimension(); i++) {
            b.append(i == 0 ? "" : " × ").append(s.get(i));
        }
        return b.toString();
    }
}
