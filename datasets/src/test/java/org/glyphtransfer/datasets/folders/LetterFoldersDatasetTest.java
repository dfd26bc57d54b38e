package org.glyphtransfer.datasets.folders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphDataset;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.ResizePreprocessor;
import org.glyphtransfer.datasets.DatasetPlugins;
import org.glyphtransfer.datasets.preprocess.MnistStylePreprocessor;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterFoldersDatasetTest {
    @TempDir
    Path root;

    private void writeSplitLayout(int trainPerClass, int testPerClass) throws IOException {
        String[] classes = {"A", "B", "C", "NotA"};
        LetterImages.writeClasses(root.resolve("scans/Training"), classes, trainPerClass);
        LetterImages.writeClasses(root.resolve("scans/Testing"), classes, testPerClass);
    }

    private GlyphDataset load(Map<String, String> options, long seed, NDManager manager) {
        return DatasetPlugins.load(new LetterFoldersDataset(), options, root, seed, manager);
    }

    @Test
    void multiClassLeavesOutNotFoldersAndCarvesValidation() throws IOException {
        writeSplitLayout(10, 3);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data = load(Map.of("root", "scans"), 42, manager);
            assertEquals(List.of("A", "B", "C"), data.classNames());
            assertEquals(27, data.train().size());
            assertEquals(3, data.validation().size());
            assertEquals(9, data.test().size());
            assertArrayEquals(new int[] {1, 1, 1}, data.validation().classCounts(3));
            assertEquals("Testing/A/A_00.png", data.test().sampleIds().get(0));
            float[] pixels = data.test().images().toFloatArray();
            assertEquals(28 * 28 * 9, pixels.length);
            for (int i = 0; i < 9; i++) {
                double sum = 0;
                for (int p = 0; p < 784; p++) {
                    sum += pixels[i * 784 + p];
                }
                assertTrue(
                        sum > 20,
                        "every format and colour model yields ink: "
                                + data.test().sampleIds().get(i));
                assertEquals(
                        0f,
                        pixels[i * 784],
                        "corners stay black: " + data.test().sampleIds().get(i));
            }
        }
    }

    @Test
    void binaryBuildsClassAgainstNotClass() throws IOException {
        writeSplitLayout(6, 2);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data = load(Map.of("root", "scans", "binary", "A", "valFraction", "0"), 1, manager);
            assertEquals(List.of("A", "NotA"), data.classNames());
            assertArrayEquals(new int[] {6, 6}, data.train().classCounts(2));
            assertTrue(data.train().sampleIds().get(6).startsWith("Training/NotA/"));
            GlyphException missing =
                    assertThrows(GlyphException.class, () -> load(Map.of("root", "scans", "binary", "B"), 1, manager));
            assertTrue(
                    missing.getMessage()
                            .contains(root.resolve("scans/Training/NotB").toString()),
                    missing.getMessage());
        }
    }

    @Test
    void classesKeepsASubsetAndResizeIsPlainResizing() throws IOException {
        writeSplitLayout(4, 2);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data = load(Map.of("root", "scans", "classes", "A,C", "preprocess", "resize"), 1, manager);
            assertEquals(List.of("A", "C"), data.classNames());
            assertEquals(4, data.test().size());
        }
        LetterFoldersDataset plugin = new LetterFoldersDataset();
        assertTrue(
                plugin.preprocessor(plugin.parseOptions(Map.of("preprocess", "resize"))) instanceof ResizePreprocessor);
        assertTrue(plugin.preprocessor(plugin.parseOptions(Map.of())) instanceof MnistStylePreprocessor);
    }

    @Test
    void singleFolderIsSplitByTestFractionRepeatablyUnderASeed() throws IOException {
        LetterImages.writeClasses(root.resolve("flat"), new String[] {"X", "Y"}, 10);
        try (NDManager manager = CpuEngine.manager()) {
            Map<String, String> options = Map.of("root", "flat", "testFraction", "0.3");
            GlyphDataset a = load(options, 9, manager);
            GlyphDataset b = load(options, 9, manager);
            assertEquals(6, a.test().size());
            assertEquals(List.of("X", "Y"), a.classNames());
            assertEquals(a.test().sampleIds(), b.test().sampleIds());
            assertEquals(a.train().sampleIds(), b.train().sampleIds());
            assertArrayEquals(
                    a.train().images().toFloatArray(), b.train().images().toFloatArray());
        }
    }

    @Test
    void unreadableImageFailsNamingTheFileOrIsSkippedWhenAsked() throws IOException {
        writeSplitLayout(5, 2);
        Path bad = Files.write(root.resolve("scans/Training/B/B_99.png"), new byte[] {1, 2, 3, 4});
        try (NDManager manager = CpuEngine.manager()) {
            GlyphException e = assertThrows(GlyphException.class, () -> load(Map.of("root", "scans"), 1, manager));
            assertTrue(e.getMessage().startsWith("Image file " + bad + " cannot be read"), e.getMessage());
            assertTrue(e.getMessage().contains("onBadFile=skip"), e.getMessage());
            GlyphDataset skipped = load(Map.of("root", "scans", "onBadFile", "skip", "valFraction", "0"), 1, manager);
            assertEquals(15, skipped.train().size());
        }
    }

    @Test
    void emptyClassFolderIsNamed() throws IOException {
        writeSplitLayout(3, 2);
        Path empty = Files.createDirectories(root.resolve("scans/Training/D"));
        Files.writeString(empty.resolve("notes.txt"), "not an image");
        Files.createDirectories(root.resolve("scans/Testing/D"));
        try (NDManager manager = CpuEngine.manager()) {
            GlyphException e = assertThrows(GlyphException.class, () -> load(Map.of("root", "scans"), 1, manager));
            assertTrue(e.getMessage().startsWith("Class folder " + empty + " holds no images"), e.getMessage());
        }
    }

    @Test
    void noClassesAtAllAndMissingFoldersAreNamed() throws IOException {
        Files.createDirectories(root.resolve("bare/Training"));
        try (NDManager manager = CpuEngine.manager()) {
            GlyphException none = assertThrows(GlyphException.class, () -> load(Map.of("root", "bare"), 1, manager));
            assertTrue(
                    none.getMessage()
                            .startsWith("Dataset folder " + root.resolve("bare/Training") + " has no class folders"),
                    none.getMessage());
            GlyphException absent =
                    assertThrows(GlyphException.class, () -> load(Map.of("root", "nowhere"), 1, manager));
            assertTrue(absent.getMessage().contains(root.resolve("nowhere") + " does not exist"), absent.getMessage());
        }
    }

    @Test
    void testFolderMissingAClassIsNamed() throws IOException {
        writeSplitLayout(3, 2);
        LetterImages.writeClasses(root.resolve("scans/Training"), new String[] {"E"}, 3);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphException e = assertThrows(GlyphException.class, () -> load(Map.of("root", "scans"), 1, manager));
            assertTrue(e.getMessage().contains("has no class folder 'E'"), e.getMessage());
        }
    }

    @Test
    void realLetterScansGive26ClassesAnd2078TrainingAnd522TestImages() {
        Path data = RealData.folder("the test reads the real letter scans");
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset scans = DatasetPlugins.load(new LetterFoldersDataset(), Map.of(), data, 42, manager);
            assertEquals(26, scans.numClasses());
            assertEquals("A", scans.classNames().get(0));
            assertEquals(2_078, scans.train().size() + scans.validation().size());
            assertEquals(208, scans.validation().size());
            assertEquals(522, scans.test().size());
            for (int count : scans.test().classCounts(26)) {
                assertTrue(count >= 15, "every letter has test images");
            }
        }
    }
}
