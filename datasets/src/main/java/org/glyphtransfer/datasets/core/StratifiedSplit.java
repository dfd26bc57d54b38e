package org.glyphtransfer.datasets.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded stratified splits and per-class subsets: every class keeps the same share in both
 * parts, and the same seed always gives the same indices.
 */
public final class StratifiedSplit {
    private StratifiedSplit() {}

    /**
     * Holds out {@code fraction} of every class. The total held out is {@code fraction × N}
     * rounded, shared between classes by largest remainder, and at least one sample of every
     * class stays in the kept part.
     *
     * @param labels the class index of every sample
     * @param fraction the share to hold out, in [0, 1)
     * @param seed the random seed
     * @return kept and held-out indices, each ascending
     */
    public static Partition split(int[] labels, double fraction, long seed) {
        if (fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("fraction must be in [0, 1): " + fraction);
        }
        List<int[]> byClass = indicesByClass(labels);
        int[] quota = quotas(byClass, labels.length, fraction);
        Random random = new Random(seed);
        int[] heldOut = new int[labels.length];
        int[] kept = new int[labels.length];
        int nHeld = 0;
        int nKept = 0;
        for (int c = 0; c < byClass.size(); c++) {
            int[] members = byClass.get(c);
            shuffle(members, random);
            int hold = quota[c];
            for (int i = 0; i < members.length; i++) {
                if (i < hold) {
                    heldOut[nHeld++] = members[i];
                } else {
                    kept[nKept++] = members[i];
                }
            }
        }
        int[] k = Arrays.copyOf(kept, nKept);
        int[] h = Arrays.copyOf(heldOut, nHeld);
        Arrays.sort(k);
        Arrays.sort(h);
        return new Partition(k, h);
    }

    /**
     * Picks at most {@code perClass} samples of every class at random.
     *
     * @param labels the class index of every sample
     * @param perClass how many to keep per class
     * @param seed the random seed
     * @return the chosen indices, ascending
     */
    public static int[] perClass(int[] labels, int perClass, long seed) {
        List<int[]> byClass = indicesByClass(labels);
        Random random = new Random(seed);
        int[] chosen = new int[labels.length];
        int n = 0;
        for (int[] members : byClass) {
            shuffle(members, random);
            int take = Math.min(perClass, members.length);
            System.arraycopy(members, 0, chosen, n, take);
            n += take;
        }
        int[] out = Arrays.copyOf(chosen, n);
        Arrays.sort(out);
        return out;
    }

    private static int[] quotas(List<int[]> byClass, int total, double fraction) {
        int classes = byClass.size();
        int[] quota = new int[classes];
        double[] remainder = new double[classes];
        int assigned = 0;
        for (int c = 0; c < classes; c++) {
            double exact = byClass.get(c).length * fraction;
            quota[c] = Math.min((int) Math.floor(exact), maxHold(byClass.get(c).length));
            remainder[c] = exact - quota[c];
            assigned += quota[c];
        }
        int target = (int) Math.round(total * fraction);
        while (assigned < target) {
            int best = -1;
            for (int c = 0; c < classes; c++) {
                if (quota[c] < maxHold(byClass.get(c).length) && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            if (best < 0) {
                break;
            }
            quota[best]++;
            remainder[best] -= 1;
            assigned++;
        }
        return quota;
    }

    private static int maxHold(int classSize) {
        return Math.max(0, classSize - 1);
    }

    private static List<int[]> indicesByClass(int[] labels) {
        int numClasses = 0;
        for (int label : labels) {
            numClasses = Math.max(numClasses, label + 1);
        }
        int[] counts = new int[numClasses];
        for (int label : labels) {
            counts[label]++;
        }
        List<int[]> byClass = new ArrayList<>(numClasses);
        for (int c = 0; c < numClasses; c++) {
            byClass.add(new int[counts[c]]);
        }
        int[] fill = new int[numClasses];
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i])[fill[labels[i]]++] = i;
        }
        return byClass;
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
