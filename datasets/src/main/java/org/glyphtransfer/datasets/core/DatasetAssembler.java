package org.glyphtransfer.datasets.core;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.DatasetRequest;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.PluginOptions;

/**
 * The last step every plugin shares: carve validation out of training (stratified, seeded),
 * apply the per-class subset to what remains (and {@code evalPerClass} to validation and test),
 * turn each split into one tensor and attach the augmenter. The subset is taken after the carve-out so validation is the same for every
 * {@code perClass}.
 */
public final class DatasetAssembler {
    private DatasetAssembler() {}

    /**
     * Builds the dataset from a training and a test set.
     *
     * @param name the plugin name
     * @param classNames class names in label order
     * @param train the training samples, validation still inside
     * @param test the test samples
     * @param request the load request (options built with {@link CommonOptions#withShared})
     * @return the dataset
     */
    public static GlyphDataset assemble(
            String name, List<String> classNames, ImageSet train, ImageSet test, DatasetRequest request) {
        PluginOptions options = request.options();
        double valFraction =
                options.has(CommonOptions.VAL_FRACTION) ? options.getDouble(CommonOptions.VAL_FRACTION) : 0;
        Partition carve =
                StratifiedSplit.split(train.labels(), valFraction, Seeds.derive(request.seed(), "validation"));
        ImageSet validation = train.select(carve.heldOut());
        ImageSet kept = train.select(carve.kept());
        Integer perClass = options.optInt(CommonOptions.PER_CLASS).orElse(null);
        if (perClass != null) {
            kept = kept.select(
                    StratifiedSplit.perClass(kept.labels(), perClass, Seeds.derive(request.seed(), "perClass")));
        }
        return build(name, classNames, kept, validation, test, request);
    }

    /** The {@code evalPerClass} subset of a validation or test split, or all of it. */
    private static ImageSet evaluationSubset(ImageSet split, String which, DatasetRequest request) {
        Integer perClass =
                request.options().optInt(CommonOptions.EVAL_PER_CLASS).orElse(null);
        if (perClass == null) {
            return split;
        }
        return split.select(StratifiedSplit.perClass(
                split.labels(), perClass, Seeds.derive(request.seed(), "evalPerClass-" + which)));
    }

    /**
     * Builds the dataset from three ready splits.
     *
     * @param name the plugin name
     * @param classNames class names in label order
     * @param train the training split
     * @param validation the validation split
     * @param test the test split
     * @param request the load request
     * @return the dataset
     */
    public static GlyphDataset build(
            String name,
            List<String> classNames,
            ImageSet train,
            ImageSet validation,
            ImageSet test,
            DatasetRequest request) {
        NDManager manager = request.manager();
        DataSplit trainSplit = ImageTensors.toSplit(manager, train);
        DataSplit validationSplit = ImageTensors.toSplit(manager, evaluationSubset(validation, "validation", request));
        DataSplit testSplit = ImageTensors.toSplit(manager, evaluationSubset(test, "test", request));
        return GlyphDataset.builder(name)
                .classNames(classNames)
                .optInputShape(new Shape(1, train.height(), train.width()))
                .splits(trainSplit, validationSplit, testSplit)
                .optAugmenter(CommonOptions.augmenter(request.options()))
                .build();
    }
}
