package org.glyphtransfer.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Map;
import org.glyphtransfer.api.ModelParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which pixels of a 28 × 28 image simple-cnn's scores depend on: without a crop only the top-left
 * 22 × 22, with {@code crop=22} the centred 22 × 22 (rows and columns 3–24).
 */
class SimpleCnnWindowTest {
    @BeforeAll
    static void engine() {
        TestModels.startEngine();
    }

    @Test
    void withoutCropTheBottomAndRightOfTheImageNeverReachTheScores() {
        assertEquals("rows 0-21, columns 0-21", seenWindow(Map.of()));
    }

    @Test
    void cropCentresTheWindowTheLayersSee() {
        assertEquals("rows 3-24, columns 3-24", seenWindow(Map.of("crop", "22")));
        assertEquals("rows 2-23, columns 2-23", seenWindow(Map.of("crop", "24")));
    }

    @Test
    void croppedNetworkSavesAndLoadsToTheSameScores() throws Exception {
        ModelParts saved = TestModels.build("simple-cnn", Map.of("crop", "22"), 10);
        ModelParts loaded = TestModels.build("simple-cnn", Map.of("crop", "22"), 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            TestModels.initialize(saved.network(), manager, 1);
            TestModels.initialize(loaded.network(), manager, 1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            saved.network().saveParameters(new DataOutputStream(bytes));
            loaded.network()
                    .loadParameters(manager, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            NDArray images = manager.randomUniform(0, 1, TestModels.batchOf(4));
            assertArrayEquals(
                    TestModels.forward(saved.network(), images, false).toFloatArray(),
                    TestModels.forward(loaded.network(), images, false).toFloatArray(),
                    0f);
        }
    }

    /** Perturbs one pixel at a time along the diagonal and the edges and reports the span that changes the scores. */
    private static String seenWindow(Map<String, String> options) {
        ModelParts parts = TestModels.build("simple-cnn", options, 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            TestModels.initialize(parts.network(), manager, 1);
            NDArray image = manager.randomUniform(0, 1, TestModels.batchOf(1));
            NDArray base = TestModels.forward(parts.network(), image, false);
            int firstRow = -1, lastRow = -1, firstCol = -1, lastCol = -1;
            for (int i = 0; i < 28; i++) {
                if (changes(parts, image, base, i, 12)) {
                    firstRow = firstRow < 0 ? i : firstRow;
                    lastRow = i;
                }
                if (changes(parts, image, base, 12, i)) {
                    firstCol = firstCol < 0 ? i : firstCol;
                    lastCol = i;
                }
            }
            assertTrue(firstRow >= 0 && firstCol >= 0, "some pixel must matter");
            return "rows " + firstRow + "-" + lastRow + ", columns " + firstCol + "-" + lastCol;
        }
    }

    private static boolean changes(ModelParts parts, NDArray image, NDArray base, int row, int col) {
        NDArray copy = image.duplicate();
        copy.set(new NDIndex(0, 0, row, col), 50f);
        NDArray out = TestModels.forward(parts.network(), copy, false);
        return out.sub(base).abs().max().getFloat() > 0;
    }
}
