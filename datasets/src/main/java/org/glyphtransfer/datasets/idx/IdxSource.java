package org.glyphtransfer.datasets.idx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glyphtransfer.datasets.core.ImageSet;

/**
 * The four files of an IDX dataset (training and test images and labels) and how they are
 * stored.
 *
 * @param trainImages training images, idx3
 * @param trainLabels training labels, idx1
 * @param testImages test images, idx3
 * @param testLabels test labels, idx1
 * @param layout label numbering and pixel order
 */
public record IdxSource(
        IdxInput trainImages, IdxInput trainLabels, IdxInput testImages, IdxInput testLabels, IdxLayout layout) {

    /** The canonical MNIST file names: training images, training labels, test images, test labels. */
    public static final List<String> MNIST_NAMES = List.of(
            "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    /**
     * Finds the four files in a folder.
     *
     * @param dir the folder
     * @param names the four canonical names (see {@link #MNIST_NAMES} for the order)
     * @param layout label numbering and pixel order
     * @param missing receives the names that were not found
     * @return the source when all four exist
     */
    public static Optional<IdxSource> find(Path dir, List<String> names, IdxLayout layout, List<String> missing) {
        List<IdxInput> found = new ArrayList<>();
        for (String name : names) {
            Optional<Path> path = IdxFiles.find(dir, name);
            if (path.isPresent()) {
                found.add(IdxInput.of(path.get()));
            } else {
                missing.add(name + "[.gz]");
            }
        }
        if (found.size() < names.size()) {
            return Optional.empty();
        }
        return Optional.of(new IdxSource(found.get(0), found.get(1), found.get(2), found.get(3), layout));
    }

    /** @return the training images and labels */
    public ImageSet loadTrain() {
        return IdxPair.load(trainImages, trainLabels, layout);
    }

    /** @return the test images and labels */
    public ImageSet loadTest() {
        return IdxPair.load(testImages, testLabels, layout);
    }
}
