package org.glyphtransfer.api;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.Objects;

/**
 * One split of a dataset: every image in one contiguous tensor (N × C × H × W, float32 in
 * [0, 1], white ink on black) and the labels as class indices. Batches are gathered from the
 * tensor by index in native code, never one {@code NDArray} per sample.
 *
 * <p>The tensor belongs to the {@code NDManager} the dataset was loaded with.
 */
public final class DataSplit {
    private final NDArray images;
    private final int[] labels;
    private final List<String> sampleIds;

    /**
     * Creates a split.
     *
     * @param images N × C × H × W float32 tensor
     * @param labels N class indices
     * @param sampleIds N identifiers (file name, CSV line) for reports, or an empty list
     */
    public DataSplit(NDArray images, int[] labels, List<String> sampleIds) {
        this.images = Objects.requireNonNull(images, "images");
        this.labels = labels.clone();
        this.sampleIds = List.copyOf(sampleIds);
        long n = images.getShape().get(0);
        if (n != labels.length || (!sampleIds.isEmpty() && sampleIds.size() != labels.length)) {
            throw new IllegalArgumentException(
                    "Split has " + n + " images, " + labels.length + " labels and " + sampleIds.size() + " sample ids");
        }
    }

    /** @return the images, N × C × H × W float32 */
    public NDArray images() {
        return images;
    }

    /** @return a copy of the class index of every sample */
    public int[] labels() {
        return labels.clone();
    }

    /**
     * The class index of one sample.
     *
     * @param i the sample index
     * @return its label
     */
    public int label(int i) {
        return labels[i];
    }

    /** @return identifiers of the samples (file names, CSV lines), or an empty list */
    public List<String> sampleIds() {
        return sampleIds;
    }

    /** @return the number of samples */
    public int size() {
        return labels.length;
    }

    /**
     * Counts samples per class.
     *
     * @param numClasses the number of classes
     * @return the count of each class index
     */
    public int[] classCounts(int numClasses) {
        int[] counts = new int[numClasses];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }
}
