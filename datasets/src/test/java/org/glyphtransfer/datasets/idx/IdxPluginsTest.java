package org.glyphtransfer.datasets.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.datasets.DatasetPlugins;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxPluginsTest {
    private static final String[] MNIST = {
        "train-images-idx3-ubyte.gz",
        "train-labels-idx1-ubyte.gz",
        "t10k-images-idx3-ubyte.gz",
        "t10k-labels-idx1-ubyte.gz"
    };

    @TempDir
    Path root;

    @Test
    void mnistOnGeneratedFilesCarvesStratifiedValidation() throws IOException {
        IdxWriter.writeSet(root.resolve(mkdir("mnist")), MNIST, 50, 10, 10, 0);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data = DatasetPlugins.load(new MnistDataset(), Map.of(), root, 42, manager);
            assertEquals(450, data.train().size());
            assertEquals(50, data.validation().size());
            assertEquals(100, data.test().size());
            assertEquals(new Shape(450, 1, 28, 28), data.train().images().getShape());
            assertEquals(DataType.FLOAT32, data.train().images().getDataType());
            for (int count : data.validation().classCounts(10)) {
                assertEquals(5, count);
            }
            assertLabelsMatchPixels(data.train());
            assertLabelsMatchPixels(data.test());
            assertFalse(data.augmenter().isPresent());
        }
    }

    /** Each generated image lights (row label, column 0) with a value in (0, 1]. */
    private static void assertLabelsMatchPixels(DataSplit split) {
        float[] pixels = split.images().toFloatArray();
        for (int i = 0; i < split.size(); i++) {
            float lit = pixels[i * 784 + split.label(i) * 28];
            assertTrue(lit > 0 && lit <= 1, "sample " + i + " pixel " + lit);
        }
    }

    @Test
    void splitsAndSubsetsRepeatUnderASeed() throws IOException {
        IdxWriter.writeSet(root.resolve(mkdir("mnist")), MNIST, 40, 5, 10, 0);
        Map<String, String> options = Map.of("perClass", "7", "valFraction", "0.2");
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset a = DatasetPlugins.load(new MnistDataset(), options, root, 7, manager);
            GlyphDataset b = DatasetPlugins.load(new MnistDataset(), options, root, 7, manager);
            GlyphDataset c = DatasetPlugins.load(new MnistDataset(), options, root, 8, manager);
            assertEquals(70, a.train().size());
            assertEquals(80, a.validation().size());
            assertArrayEquals(
                    a.train().images().toFloatArray(), b.train().images().toFloatArray());
            assertArrayEquals(
                    a.validation().images().toFloatArray(),
                    b.validation().images().toFloatArray());
            assertFalse(java.util.Arrays.equals(
                    a.train().images().toFloatArray(), c.train().images().toFloatArray()));
        }
    }

    @Test
    void evalPerClassShrinksValidationAndTestStratifiedAndLeavesTrainingAlone() throws IOException {
        IdxWriter.writeSet(root.resolve(mkdir("mnist")), MNIST, 50, 10, 10, 0);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data = DatasetPlugins.load(
                    new MnistDataset(), Map.of("perClass", "20", "evalPerClass", "3"), root, 42, manager);
            assertEquals(200, data.train().size());
            assertArrayEquals(
                    new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, data.validation().classCounts(10));
            assertArrayEquals(
                    new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, data.test().classCounts(10));
            assertLabelsMatchPixels(data.test());
        }
    }

    @Test
    void missingFilesOfflineSayWhereItLookedAndHowToGetThem() {
        CpuEngine.startOnce(); // engine start-up sets ai.djl.offline; set it afterwards
        String before = System.getProperty("ai.djl.offline");
        System.setProperty("ai.djl.offline", "true");
        try (NDManager manager = CpuEngine.manager()) {
            GlyphException e = assertThrows(
                    GlyphException.class,
                    () -> DatasetPlugins.load(new MnistDataset(), Map.of("dir", "nowhere"), root, 1, manager));
            assertTrue(e.getMessage().contains(root.resolve("nowhere").toString()), e.getMessage());
            assertTrue(e.getMessage().contains("train-images-idx3-ubyte[.gz]"), e.getMessage());
            assertTrue(e.getMessage().contains("DJL downloads them"), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("ai.djl.offline");
            } else {
                System.setProperty("ai.djl.offline", before);
            }
        }
    }

    @Test
    void emnistLettersAreUprightAndLabelledAToZ() throws IOException {
        Path dir = root.resolve(mkdir("emnist"));
        int n = 26 * 4;
        byte[] stored = new byte[n * 784];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i % 26 + 1);
            // Upright image: a bar along the top row, plus a dot at (row 27, column 3).
            // EMNIST stores the transpose: the bar runs down column 0, the dot sits at (row 3, column 27).
            for (int r = 0; r < 28; r++) {
                stored[i * 784 + r * 28] = (byte) 255;
            }
            stored[i * 784 + 3 * 28 + 27] = (byte) 128;
        }
        for (String split : new String[] {"train", "test"}) {
            IdxWriter.write(
                    dir.resolve("emnist-letters-" + split + "-images-idx3-ubyte.gz"),
                    IdxWriter.images(n, 28, 28, stored));
            IdxWriter.write(dir.resolve("emnist-letters-" + split + "-labels-idx1-ubyte.gz"), IdxWriter.labels(labels));
        }
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data =
                    DatasetPlugins.load(new EmnistLettersDataset(), Map.of("valFraction", "0.25"), root, 3, manager);
            assertEquals(26, data.numClasses());
            assertEquals("A", data.classNames().get(0));
            assertEquals("Z", data.classNames().get(25));
            assertEquals(78, data.train().size());
            assertEquals(26, data.validation().size());
            float[] first = data.test().images().toFloatArray();
            for (int c = 0; c < 28; c++) {
                assertEquals(1f, first[c], 1e-6, "top row, column " + c);
            }
            assertEquals(0f, first[5 * 28], 1e-6, "column 0 below the top row is dark");
            assertEquals(128 / 255f, first[27 * 28 + 3], 1e-6, "the dot is at row 27, column 3");
            assertEquals(0, data.test().label(0));
            assertEquals(25, data.test().label(25));
        }
    }

    @Test
    void idxWithClassNamesAndFashionMnistFolder() throws IOException {
        IdxWriter.writeSet(root.resolve(mkdir("fm")), MNIST, 10, 2, 3, 0);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset idx = DatasetPlugins.load(
                    new IdxDataset(),
                    Map.of("dir", "fm", "classNames", "cat, dog ,bird", "valFraction", "0"),
                    root,
                    1,
                    manager);
            assertEquals(List.of("cat", "dog", "bird"), idx.classNames());
            assertEquals(30, idx.train().size());
            assertEquals(0, idx.validation().size());
            GlyphDataset numbered = DatasetPlugins.load(new IdxDataset(), Map.of("dir", "fm"), root, 1, manager);
            assertEquals(List.of("0", "1", "2"), numbered.classNames());
            GlyphException tooFew = assertThrows(
                    GlyphException.class,
                    () -> DatasetPlugins.load(
                            new IdxDataset(), Map.of("dir", "fm", "classNames", "cat,dog"), root, 1, manager));
            assertTrue(tooFew.getMessage().contains("label 2 at byte offset 10, outside 0–1"), tooFew.getMessage());
            GlyphDataset fashion = DatasetPlugins.load(
                    new FashionMnistDataset(), Map.of("dir", root.resolve("fm").toString()), root, 1, manager);
            assertEquals("T-shirt/top", fashion.classNames().get(0));
            assertEquals("Ankle boot", fashion.classNames().get(9));
        }
    }

    @Test
    void mnistOnRealDataGives54000And6000And10000() {
        Path data = RealData.folder("the test reads the real MNIST files");
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset mnist = DatasetPlugins.load(new MnistDataset(), Map.of(), data, 42, manager);
            assertEquals(54_000, mnist.train().size());
            assertEquals(6_000, mnist.validation().size());
            assertEquals(10_000, mnist.test().size());
            int[] train = mnist.train().classCounts(10);
            int[] validation = mnist.validation().classCounts(10);
            int[] canonicalTrain = {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949};
            for (int c = 0; c < 10; c++) {
                assertEquals(canonicalTrain[c], train[c] + validation[c], "class " + c);
            }
            assertArrayEquals(
                    new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009},
                    mnist.test().classCounts(10));
            assertEquals(1f, mnist.test().images().max().getFloat(), 1e-6);
        }
    }

    private Path mkdir(String name) throws IOException {
        return java.nio.file.Files.createDirectories(root.resolve(name));
    }
}
