package org.glyphtransfer.transfer.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Two classes that look alike in handwriting (a letter and a digit such as O and 0), when a model
 * has both: how often each was taken for the other, and the accuracy on the samples of the two.
 *
 * @param first one class, e.g. "O"
 * @param second the other, e.g. "0"
 * @param firstAsSecond samples of {@code first} predicted as {@code second}
 * @param secondAsFirst samples of {@code second} predicted as {@code first}
 * @param samples samples of either class
 * @param accuracy correct among those samples (NaN when there are none)
 */
public record LookAlikePair(
        String first, String second, int firstAsSecond, int secondAsFirst, int samples, double accuracy) {
    /** Letters and digits that handwriting makes hard to tell apart. */
    public static final List<List<String>> PAIRS =
            List.of(List.of("O", "0"), List.of("I", "1"), List.of("S", "5"), List.of("Z", "2"), List.of("B", "8"));

    /**
     * @param classNames class names, index = label
     * @param confusion rows = true class, columns = predicted
     * @return the look-alike pairs whose classes are both present, in the order of {@link #PAIRS}
     */
    public static List<LookAlikePair> of(List<String> classNames, int[][] confusion) {
        List<LookAlikePair> out = new ArrayList<>();
        for (List<String> pair : PAIRS) {
            int a = classNames.indexOf(pair.get(0));
            int b = classNames.indexOf(pair.get(1));
            if (a < 0 || b < 0) {
                continue;
            }
            int samples = 0;
            for (int c = 0; c < confusion.length; c++) {
                samples += confusion[a][c] + confusion[b][c];
            }
            int right = confusion[a][a] + confusion[b][b];
            out.add(new LookAlikePair(
                    pair.get(0),
                    pair.get(1),
                    confusion[a][b],
                    confusion[b][a],
                    samples,
                    samples == 0 ? Double.NaN : right / (double) samples));
        }
        return List.copyOf(out);
    }
}
