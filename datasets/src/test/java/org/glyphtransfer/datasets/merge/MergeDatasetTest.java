package org.glyphtransfer.datasets.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.datasets.DatasetPlugins;
import org.glyphtransfer.datasets.csv.AzCsvWriter;
import org.glyphtransfer.datasets.idx.IdxWriter;
import org.glyphtransfer.testing.CpuEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge of generated MNIST-format digits and A–Z CSV letters: 36 classes, balanced, subsets, collisions. */
class MergeDatasetTest {
    private static final String[] MNIST = {
        "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"
    };

    @TempDir
    Path root;

    @BeforeEach
    void writeDigitsAndLetters() throws IOException {
        IdxWriter.writeSet(Files.createDirectories(root.resolve("mnist")), MNIST, 30, 10, 10, 0);
        Files.createDirectories(root.resolve("az-csv"));
        AzCsvWriter.write(root.resolve("az-csv/handwritten-az-upper.csv.gz"), 26 * 20, null, 0.1, 3);
    }

    private GlyphDataset load(Map<String, String> options, NDManager manager) {
        return DatasetPlugins.load(new MergeDataset(), options, root, 42, manager);
    }

    private static List<String> digitsAndLetters() {
        List<String> names = new ArrayList<>();
        for (char c = '0'; c <= '9'; c++) {
            names.add(String.valueOf(c));
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            names.add(String.valueOf(c));
        }
        return names;
    }

    @Test
    void digitsAndLettersBecome36BalancedClassesWithLabelsThatMatchTheirPixels() {
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data = load(Map.of("datasets", "mnist+az-csv", "perClass", "5", "testPerClass", "3"), manager);
            assertEquals(digitsAndLetters(), data.classNames());
            for (int count : data.train().classCounts(36)) {
                assertEquals(5, count, "training is balanced by perClass");
            }
            for (int count : data.test().classCounts(36)) {
                assertEquals(3, count, "testing is balanced by testPerClass");
            }
            assertTrue(data.validation().size() > 0);
            for (DataSplit split : List.of(data.train(), data.validation(), data.test())) {
                assertLabelsMatchPixels(split, data.classNames());
            }
            assertTrue(data.train().sampleIds().stream().anyMatch(id -> id.startsWith("az-csv: line ")));
            assertTrue(data.train().sampleIds().stream().anyMatch(id -> id.startsWith("mnist: ")));
        }
    }

    /** A generated digit c has ink at (row c, column 0); a generated letter holds its A=0 label in pixel 1. */
    private static void assertLabelsMatchPixels(DataSplit split, List<String> names) {
        float[] pixels = split.images().toFloatArray();
        for (int i = 0; i < split.size(); i++) {
            String name = names.get(split.label(i));
            int at = i * 784;
            if (Character.isDigit(name.charAt(0))) {
                int digit = name.charAt(0) - '0';
                assertTrue(pixels[at + digit * 28] > 0, "digit " + name + " sample " + i);
            } else {
                assertEquals((name.charAt(0) - 'A') / 255f, pixels[at + 1], 1e-6, "letter " + name + " sample " + i);
            }
        }
    }

    @Test
    void classesKeepsASubsetForASpecialist() {
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data = load(Map.of("classes", "O,0"), manager);
            assertEquals(List.of("0", "O"), data.classNames(), "in the merged order: digits first");
            assertEquals(2, data.train().classCounts(2).length);
            assertTrue(data.train().classCounts(2)[0] > 0 && data.train().classCounts(2)[1] > 0);
            assertLabelsMatchPixels(data.train(), data.classNames());
            assertLabelsMatchPixels(data.test(), data.classNames());
        }
    }

    @Test
    void classNamesThatCollideWithoutAMappingAreRefused() {
        try (NDManager manager = CpuEngine.manager()) {
            GlyphException e =
                    assertThrows(GlyphException.class, () -> load(Map.of("datasets", "mnist+idx(dir=mnist)"), manager));
            assertTrue(
                    e.getMessage()
                            .contains("Datasets 'mnist' and 'idx' of dataset 'merge' both have a class named '0'"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("mapping="), e.getMessage());
            assertEquals(1, e.getMessage().split("; ").length - 1, "one sentence: " + e.getMessage());
        }
    }

    @Test
    void aMappingRenamesClassesAndJoinsOnlyWhatItNamesTwice() {
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data = load(
                    Map.of(
                            "datasets",
                            "mnist+az-csv(letters=A-C)",
                            "mapping",
                            "mnist:0=zero,az-csv:A=alpha,mnist:1=one,az-csv:B=one"),
                    manager);
            assertEquals(
                    List.of("zero", "one", "2", "3", "4", "5", "6", "7", "8", "9", "alpha", "C"), data.classNames());
            GlyphException e = assertThrows(
                    GlyphException.class,
                    () -> load(Map.of("datasets", "mnist+az-csv", "mapping", "az-csv:Q=0"), manager));
            assertTrue(e.getMessage().contains("both have a class named '0'"), e.getMessage());
            GlyphException unknown = assertThrows(
                    GlyphException.class,
                    () -> load(Map.of("datasets", "mnist+az-csv", "mapping", "emnist:A=a"), manager));
            assertTrue(unknown.getMessage().contains("the dataset 'emnist'"), unknown.getMessage());
        }
    }

    @Test
    void newImagesArePreparedMnistStyleUnlessTheFirstDatasetsWayIsAsked() {
        MergeDataset merge = new MergeDataset();
        assertTrue(
                merge.preprocessor(merge.parseOptions(Map.of()))
                        instanceof org.glyphtransfer.datasets.preprocess.MnistStylePreprocessor);
        assertTrue(
                merge.preprocessor(merge.parseOptions(Map.of("preprocess", "first")))
                        instanceof org.glyphtransfer.api.ResizePreprocessor);
    }

    @Test
    void oneDatasetIsNoMerge() {
        try (NDManager manager = CpuEngine.manager()) {
            GlyphException e = assertThrows(GlyphException.class, () -> load(Map.of("datasets", "mnist"), manager));
            assertTrue(e.getMessage().startsWith("Option 'datasets' of dataset 'merge'"), e.getMessage());
        }
    }
}
