package org.glyphtransfer.datasets.merge;

import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.datasets.core.ImageSet;
import org.glyphtransfer.datasets.core.ImageTensors;

/** A loaded split back as bytes, so the merge can join, subset and balance it before making one tensor. */
final class SplitImages {
    private SplitImages() {}

    /**
     * @param split a split of one of the merged datasets (grey images)
     * @param part that dataset, prefixed to each sample's identifier
     * @return its images and labels as an image set
     */
    static ImageSet of(DataSplit split, String part) {
        long[] shape = split.images().getShape().getShape();
        if (shape.length != 4 || shape[1] != 1) {
            throw new GlyphException("Dataset '" + part + "' of dataset 'merge' has images of shape "
                    + split.images().getShape() + "; a merge joins grey (one-channel) images.");
        }
        int height = (int) shape[2];
        int width = (int) shape[3];
        byte[] pixels = new byte[split.size() * height * width];
        if (split.size() > 0) {
            ImageTensors.quantise(split.images().toFloatArray(), pixels, 0);
        }
        List<String> ids = new ArrayList<>(split.size());
        for (int i = 0; i < split.size(); i++) {
            ids.add(part + ": "
                    + (split.sampleIds().isEmpty() ? "#" + i : split.sampleIds().get(i)));
        }
        return new ImageSet(height, width, pixels, split.labels(), ids);
    }

    static ImageSet concat(List<ImageSet> sets) {
        ImageSet first = sets.get(0);
        int total = sets.stream().mapToInt(ImageSet::size).sum();
        byte[] pixels = new byte[total * first.imageSize()];
        int[] labels = new int[total];
        List<String> ids = new ArrayList<>(total);
        int at = 0;
        for (ImageSet s : sets) {
            System.arraycopy(s.pixels(), 0, pixels, at * first.imageSize(), s.size() * s.imageSize());
            System.arraycopy(s.labels(), 0, labels, at, s.size());
            ids.addAll(s.sampleIds());
            at += s.size();
        }
        return new ImageSet(first.height(), first.width(), pixels, labels, ids);
    }

    /** The samples of the kept classes, labelled by their position among them. */
    static ImageSet keepClasses(ImageSet set, List<String> names, List<String> kept) {
        int[] newLabel = new int[names.size()];
        for (int c = 0; c < names.size(); c++) {
            newLabel[c] = kept.indexOf(names.get(c));
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            if (newLabel[set.labels()[i]] >= 0) {
                chosen.add(i);
            }
        }
        ImageSet subset = set.select(chosen.stream().mapToInt(Integer::intValue).toArray());
        int[] labels = subset.labels().clone();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = newLabel[labels[i]];
        }
        return subset.withLabels(labels);
    }
}
