package org.glyphtransfer.baselines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Images as Tribuo examples: every pixel (channel × row × column of the preprocessed input) is one
 * feature, {@code p00000}, {@code p00001}, …, in the input's order. k-NN gets every value (Tribuo then
 * measures distances on dense vectors); the other methods get the non-zero ones only, which Tribuo
 * reads as the same vector (an absent feature is zero) and libsvm and the trees process far faster.
 * The first training example always lists every pixel, so the feature map knows them all.
 */
final class PixelFeatures {
    private static final LabelFactory LABELS = new LabelFactory();
    private final String[] names;
    private final boolean dense;

    /**
     * @param size values per image
     * @param dense whether zeros are listed too
     */
    PixelFeatures(int size, boolean dense) {
        this.names = new String[size];
        for (int i = 0; i < size; i++) {
            names[i] = String.format(Locale.ROOT, "p%05d", i);
        }
        this.dense = dense;
    }

    /** @return values per image */
    int size() {
        return names.length;
    }

    /**
     * @param input one preprocessed image, or a run of them
     * @param offset where the image starts in {@code input}
     * @param label its class name, or null when unknown (prediction)
     * @param all whether to list zeros too
     * @return the example
     */
    Example<Label> example(float[] input, int offset, String label, boolean all) {
        int count = 0;
        for (int i = 0; i < names.length; i++) {
            if (all || dense || input[offset + i] != 0) {
                count++;
            }
        }
        String[] n = new String[count];
        double[] v = new double[count];
        int j = 0;
        for (int i = 0; i < names.length; i++) {
            float x = input[offset + i];
            if (all || dense || x != 0) {
                n[j] = names[i];
                v[j++] = x;
            }
        }
        return new ArrayExample<>(label == null ? LabelFactory.UNKNOWN_LABEL : new Label(label), n, v);
    }

    /**
     * @param inputs {@code count} images one after the other
     * @param count how many
     * @return one unlabelled example per image
     */
    List<Example<Label>> examples(float[] inputs, int count) {
        List<Example<Label>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(example(inputs, i * names.length, null, false));
        }
        return out;
    }

    /**
     * @param description what the data is, for Tribuo's provenance
     * @return an empty labelled dataset to add training examples to
     */
    static MutableDataset<Label> dataset(String description) {
        return new MutableDataset<>(new SimpleDataSourceProvenance(description, LABELS), LABELS);
    }
}
