package org.glyphtransfer.datasets.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.glyphtransfer.api.BatchAugmenter;
import org.glyphtransfer.api.PluginOptions;
import org.glyphtransfer.datasets.core.CommonOptions;
import org.glyphtransfer.datasets.csv.AzCsvDataset;
import org.glyphtransfer.testing.CpuEngine;
import org.junit.jupiter.api.Test;

class AffineAugmenterTest {
    private static float[] batchData(int n) {
        float[] data = new float[n * 784];
        for (int i = 0; i < n; i++) {
            for (int y = 6; y < 22; y++) {
                data[i * 784 + y * 28 + 10 + i % 5] = 1f; // a vertical bar
            }
        }
        return data;
    }

    @Test
    void sameSeedSameResultOtherSeedOtherResult() {
        AffineAugmenter augmenter = AffineAugmenter.builder().build();
        try (NDManager manager = CpuEngine.manager()) {
            NDArray batch = manager.create(batchData(8), new Shape(8, 1, 28, 28));
            float[] a = augmenter.augment(batch, new Random(5)).toFloatArray();
            float[] b = augmenter.augment(batch, new Random(5)).toFloatArray();
            float[] c = augmenter.augment(batch, new Random(6)).toFloatArray();
            assertArrayEquals(a, b);
            assertFalse(Arrays.equals(a, c));
            assertFalse(Arrays.equals(a, batchData(8)), "images changed");
            NDArray out = augmenter.augment(batch, new Random(5));
            assertEquals(batch.getShape(), out.getShape());
            assertSame(batch.getManager(), out.getManager());
        }
    }

    @Test
    void zeroStrengthIsIdentityAndShiftMovesInkByAtMostTheLimit() {
        float[] data = batchData(4);
        try (NDManager manager = CpuEngine.manager()) {
            NDArray batch = manager.create(data, new Shape(4, 1, 28, 28));
            AffineAugmenter none = AffineAugmenter.builder()
                    .optRotationDegrees(0)
                    .optShiftPixels(0)
                    .optShearDegrees(0)
                    .optZoom(0)
                    .build();
            assertArrayEquals(data, none.augment(batch, new Random(1)).toFloatArray(), 1e-5f);
            AffineAugmenter shiftOnly = AffineAugmenter.builder()
                    .optRotationDegrees(0)
                    .optShiftPixels(2)
                    .optShearDegrees(0)
                    .optZoom(0)
                    .build();
            float[] shifted = shiftOnly.augment(batch, new Random(2)).toFloatArray();
            for (int i = 0; i < 4; i++) {
                double before = 0;
                double after = 0;
                double massBefore = 0;
                double massAfter = 0;
                for (int p = 0; p < 784; p++) {
                    before += data[i * 784 + p] * (p % 28);
                    massBefore += data[i * 784 + p];
                    after += shifted[i * 784 + p] * (p % 28);
                    massAfter += shifted[i * 784 + p];
                }
                double moved = after / massAfter - before / massBefore;
                assertTrue(Math.abs(moved) <= 2.01, "moved " + moved);
                assertEquals(massBefore, massAfter, 0.5, "ink is preserved by a shift");
            }
        }
    }

    @Test
    void augmentationIsOffByDefaultAndTurnedOnByOption() {
        AzCsvDataset plugin = new AzCsvDataset();
        assertEquals(null, CommonOptions.augmenter(plugin.parseOptions(Map.of())));
        PluginOptions on = plugin.parseOptions(Map.of("augment", "true", "augmentRotation", "5"));
        BatchAugmenter augmenter = CommonOptions.augmenter(on);
        assertTrue(augmenter instanceof AffineAugmenter);
    }
}
