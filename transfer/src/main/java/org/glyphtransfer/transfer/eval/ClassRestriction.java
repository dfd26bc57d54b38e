package org.glyphtransfer.transfer.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A split's probabilities restricted to a subset of the classes: samples of other classes are left
 * out, the remaining columns are renormalised per sample, and labels are renumbered in the subset's
 * order, so the evaluation is that of a model that only knows the subset.
 *
 * @param probabilities kept samples × subset classes, row-major
 * @param labels the kept samples' labels, renumbered
 * @param classNames the subset, in the model's order
 * @param kept index of each kept sample in the original split
 */
public record ClassRestriction(float[] probabilities, int[] labels, List<String> classNames, int[] kept) {
    /**
     * @param probabilities N × K, row-major
     * @param labels N labels
     * @param classNames K names
     * @param allowed one flag per class
     * @return the restriction; everything, unchanged, when every class is allowed
     */
    public static ClassRestriction of(float[] probabilities, int[] labels, List<String> classNames, boolean[] allowed) {
        int k = classNames.size();
        int[] newIndex = new int[k];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            newIndex[c] = allowed[c] ? names.size() : -1;
            if (allowed[c]) {
                names.add(classNames.get(c));
            }
        }
        int m = names.size();
        List<Integer> keptList = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (allowed[labels[i]]) {
                keptList.add(i);
            }
        }
        int[] kept = keptList.stream().mapToInt(Integer::intValue).toArray();
        float[] out = new float[kept.length * m];
        int[] newLabels = new int[kept.length];
        for (int r = 0; r < kept.length; r++) {
            int i = kept[r];
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += allowed[c] ? probabilities[i * k + c] : 0;
            }
            for (int c = 0; c < k; c++) {
                if (allowed[c]) {
                    out[r * m + newIndex[c]] = sum > 0 ? (float) (probabilities[i * k + c] / sum) : 1f / m;
                }
            }
            newLabels[r] = newIndex[labels[i]];
        }
        return new ClassRestriction(out, newLabels, List.copyOf(names), kept);
    }

    /** @return whether samples were left out */
    public boolean leftSamplesOut(int total) {
        return kept.length != total;
    }
}
