package org.glyphtransfer.datasets.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.glyphtransfer.api.ClassSelection;
import org.glyphtransfer.api.GlyphException;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {
    private static int[] labels(int... perClass) {
        return IntStream.range(0, perClass.length)
                .flatMap(c -> IntStream.range(0, perClass[c]).map(i -> c))
                .toArray();
    }

    private static int[] countsOf(int[] labels, int[] indices, int classes) {
        int[] counts = new int[classes];
        for (int i : indices) {
            counts[labels[i]]++;
        }
        return counts;
    }

    @Test
    void holdsOutTheRoundedTotalSpreadOverClasses() {
        int[] labels = labels(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
        Partition p = StratifiedSplit.split(labels, 0.1, 42);
        assertEquals(6000, p.heldOut().length);
        assertEquals(54000, p.kept().length);
        assertArrayEquals(
                new int[] {592, 674, 596, 613, 584, 542, 592, 627, 585, 595}, countsOf(labels, p.heldOut(), 10));
        int[] all = IntStream.concat(Arrays.stream(p.kept()), Arrays.stream(p.heldOut()))
                .sorted()
                .toArray();
        assertArrayEquals(IntStream.range(0, labels.length).toArray(), all, "a partition: every index exactly once");
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        int[] labels = labels(50, 50, 50);
        assertArrayEquals(
                StratifiedSplit.split(labels, 0.2, 7).heldOut(),
                StratifiedSplit.split(labels, 0.2, 7).heldOut());
        assertFalse(Arrays.equals(
                StratifiedSplit.split(labels, 0.2, 7).heldOut(),
                StratifiedSplit.split(labels, 0.2, 8).heldOut()));
        assertArrayEquals(StratifiedSplit.perClass(labels, 5, 3), StratifiedSplit.perClass(labels, 5, 3));
    }

    @Test
    void everyClassKeepsASampleAndSubsetsCapPerClass() {
        int[] labels = labels(1, 2, 10);
        Partition p = StratifiedSplit.split(labels, 0.5, 1);
        int[] kept = countsOf(labels, p.kept(), 3);
        assertTrue(kept[0] == 1 && kept[1] >= 1, Arrays.toString(kept));
        assertArrayEquals(new int[] {1, 2, 3}, countsOf(labels, StratifiedSplit.perClass(labels, 3, 1), 3));
    }

    @Test
    void classSelectionReadsRangesAndListsInClassOrder() {
        List<String> abc = Letters.UPPERCASE;
        assertEquals(List.of("A", "B", "C", "D", "E"), ClassSelection.parse("dataset 'x'", "letters", "A-E", abc));
        assertEquals(
                List.of("A", "C", "X", "Y", "Z"), ClassSelection.parse("dataset 'x'", "letters", "x-z, c ,A", abc));
        GlyphException backwards =
                assertThrows(GlyphException.class, () -> ClassSelection.parse("dataset 'x'", "letters", "E-A", abc));
        assertTrue(backwards.getMessage().contains("'E-A' that runs backwards"), backwards.getMessage());
        GlyphException unknown =
                assertThrows(GlyphException.class, () -> ClassSelection.parse("dataset 'x'", "letters", "A,Ä", abc));
        assertTrue(
                unknown.getMessage().contains("Option 'letters' of dataset 'x' names the class 'Ä'"),
                unknown.getMessage());
    }
}
