package org.glyphtransfer.transfer.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * What a model's cascade changed on a split: accuracy without and with the specialists, overall and
 * on the samples of each specialist's classes, how many answers it fixed and broke, and the confusions
 * among each specialist's classes before and after.
 *
 * @param accuracyWithout the main model alone
 * @param accuracyWith the main model with its specialists
 * @param fixed samples wrong without the cascade and right with it
 * @param broken samples right without the cascade and wrong with it
 * @param subsets one entry per specialist
 * @param pairs the confusions among each specialist's classes, without and with the cascade
 */
public record CascadeEffect(
        double accuracyWithout,
        double accuracyWith,
        int fixed,
        int broken,
        List<Subset> subsets,
        List<PairChange> pairs) {

    /**
     * One specialist's classes and the accuracy on their samples.
     *
     * @param classes the specialist's classes
     * @param samples samples whose true class is one of them
     * @param accuracyWithout accuracy on those samples, main model alone
     * @param accuracyWith accuracy on those samples, with the cascade
     */
    public record Subset(List<String> classes, int samples, double accuracyWithout, double accuracyWith) {}

    /**
     * One (true, predicted) confusion and its count without and with the cascade.
     *
     * @param actual the true class
     * @param predicted the class predicted instead
     * @param without count, main model alone
     * @param with count, with the cascade
     */
    public record PairChange(String actual, String predicted, int without, int with) {}

    /**
     * Compares two evaluations of the same samples.
     *
     * @param without the main model alone
     * @param with the main model with its specialists
     * @param specialists each specialist's classes
     * @return the comparison
     */
    public static CascadeEffect compare(Evaluation without, Evaluation with, List<List<String>> specialists) {
        int[] labels = without.labels();
        int[] before = without.predictions();
        int[] after = with.predictions();
        int fixed = 0;
        int broken = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean was = before[i] == labels[i];
            boolean is = after[i] == labels[i];
            fixed += !was && is ? 1 : 0;
            broken += was && !is ? 1 : 0;
        }
        List<String> names = without.classNames();
        int[][] c0 = without.confusion();
        int[][] c1 = with.confusion();
        List<Subset> subsets = new ArrayList<>();
        List<PairChange> pairs = new ArrayList<>();
        for (List<String> classes : specialists) {
            int samples = 0;
            int right0 = 0;
            int right1 = 0;
            for (String a : classes) {
                int i = names.indexOf(a);
                for (int j = 0; j < names.size(); j++) {
                    samples += c0[i][j];
                }
                right0 += c0[i][i];
                right1 += c1[i][i];
                for (String b : classes) {
                    int j = names.indexOf(b);
                    if (i != j && (c0[i][j] > 0 || c1[i][j] > 0)) {
                        pairs.add(new PairChange(a, b, c0[i][j], c1[i][j]));
                    }
                }
            }
            subsets.add(new Subset(
                    classes,
                    samples,
                    samples == 0 ? Double.NaN : right0 / (double) samples,
                    samples == 0 ? Double.NaN : right1 / (double) samples));
        }
        return new CascadeEffect(without.accuracy(), with.accuracy(), fixed, broken, subsets, pairs);
    }
}
