package org.glyphtransfer.datasets.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Labelled grey images held as one byte array (row-major, sample after sample, 0 = black,
 * 255 = white ink), before they become a tensor. Eight bits per pixel keep a full-size dataset
 * small on the heap; MNIST and the A–Z CSV are stored that way on disk too.
 */
public final class ImageSet {
    private final int height;
    private final int width;
    private final byte[] pixels;
    private final int[] labels;
    private final List<String> sampleIds;

    /**
     * @param height image height in pixels
     * @param width image width in pixels
     * @param pixels {@code labels.length × height × width} bytes; kept, not copied
     * @param labels the class index of every sample; kept, not copied
     * @param sampleIds one identifier per sample (file, CSV line), or an empty list
     */
    public ImageSet(int height, int width, byte[] pixels, int[] labels, List<String> sampleIds) {
        this.height = height;
        this.width = width;
        this.pixels = Objects.requireNonNull(pixels, "pixels");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.sampleIds = List.copyOf(sampleIds);
        if ((long) labels.length * height * width != pixels.length) {
            throw new IllegalArgumentException(labels.length + " labels do not match " + pixels.length
                    + " pixel bytes of " + height + "×" + width + " images");
        }
        if (!sampleIds.isEmpty() && sampleIds.size() != labels.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + sampleIds.size() + " sample ids");
        }
    }

    /** @return image height */
    public int height() {
        return height;
    }

    /** @return image width */
    public int width() {
        return width;
    }

    /** @return pixels per image */
    public int imageSize() {
        return height * width;
    }

    /** @return the number of samples */
    public int size() {
        return labels.length;
    }

    /** @return the pixel bytes of all samples; shared, do not modify */
    public byte[] pixels() {
        return pixels;
    }

    /** @return the labels; shared, do not modify */
    public int[] labels() {
        return labels;
    }

    /** @return sample identifiers, or an empty list */
    public List<String> sampleIds() {
        return sampleIds;
    }

    /**
     * The samples at the given indices, in that order, copied into a new set.
     *
     * @param indices sample indices
     * @return the subset
     */
    public ImageSet select(int[] indices) {
        int size = imageSize();
        byte[] out = new byte[indices.length * size];
        int[] outLabels = new int[indices.length];
        List<String> ids = sampleIds.isEmpty() ? List.of() : new ArrayList<>(indices.length);
        for (int i = 0; i < indices.length; i++) {
            int src = indices[i];
            System.arraycopy(pixels, src * size, out, i * size, size);
            outLabels[i] = labels[src];
            if (!sampleIds.isEmpty()) {
                ids.add(sampleIds.get(src));
            }
        }
        return new ImageSet(height, width, out, outLabels, ids);
    }

    /**
     * The same images with new labels (after renumbering classes).
     *
     * @param newLabels one label per sample
     * @return the relabelled set, sharing the pixels
     */
    public ImageSet withLabels(int[] newLabels) {
        return new ImageSet(height, width, pixels, newLabels, sampleIds);
    }
}
