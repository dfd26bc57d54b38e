package org.glyphtransfer.datasets.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

class AzCsvDatasetTest {
    @TempDir
    Path root;

    private GlyphDataset load(Map<String, String> options, long seed, NDManager manager) {
        return DatasetPlugins.load(new AzCsvDataset(), options, root, seed, manager);
    }

    @Test
    void gzipWithHeaderSplitsStratifiedAndKeepsLabelsWithTheirPixels() throws IOException {
        AzCsvWriter.write(root.resolve("az.csv.gz"), 26 * 20, "label,0.1,0.2", 0.2, 1);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data = load(Map.of("file", "az.csv.gz"), 42, manager);
            assertEquals(26, data.numClasses());
            assertEquals(26 * 4, data.test().size());
            assertEquals(42, data.validation().size(), "10 % of the 416 remaining rows, rounded");
            assertEquals(416 - 42, data.train().size());
            for (int count : data.validation().classCounts(26)) {
                assertTrue(count == 1 || count == 2, "validation per class: " + count);
            }
            for (int count : data.test().classCounts(26)) {
                assertEquals(4, count);
            }
            assertLabelInPixel1(data.train(), 0);
            assertLabelInPixel1(data.test(), 0);
            assertTrue(data.train().sampleIds().get(0).startsWith("line "));
        }
    }

    private static void assertLabelInPixel1(DataSplit split, int firstLetter) {
        float[] pixels = split.images().toFloatArray();
        for (int i = 0; i < split.size(); i++) {
            assertEquals((split.label(i) + firstLetter) / 255f, pixels[i * 784 + 1], 1e-6, "sample " + i);
        }
    }

    @Test
    void lettersSubsetRenumbersLabels() throws IOException {
        AzCsvWriter.write(root.resolve("az.csv"), 26 * 10, null, 0.1, 2);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset range = load(Map.of("file", "az.csv", "letters", "C-E"), 1, manager);
            assertEquals(List.of("C", "D", "E"), range.classNames());
            assertEquals(
                    30,
                    range.train().size()
                            + range.validation().size()
                            + range.test().size());
            assertLabelInPixel1(range.train(), 2);
            GlyphDataset list = load(Map.of("file", "az.csv", "letters", "A,C,z"), 1, manager);
            assertEquals(List.of("A", "C", "Z"), list.classNames());
            float[] pixels = list.test().images().toFloatArray();
            for (int i = 0; i < list.test().size(); i++) {
                int letter = new int[] {0, 2, 25}[list.test().label(i)];
                assertEquals(letter / 255f, pixels[i * 784 + 1], 1e-6);
            }
            GlyphException bad = assertThrows(
                    GlyphException.class, () -> load(Map.of("file", "az.csv", "letters", "A-Q9"), 1, manager));
            assertTrue(
                    bad.getMessage().contains("'letters'") && bad.getMessage().contains("'Q9'"), bad.getMessage());
        }
    }

    @Test
    void splitsRepeatUnderASeedAndDifferAcrossSeeds() throws IOException {
        AzCsvWriter.write(root.resolve("az.csv"), 26 * 10, null, 0.1, 3);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset a = load(Map.of("file", "az.csv"), 5, manager);
            GlyphDataset b = load(Map.of("file", "az.csv"), 5, manager);
            GlyphDataset c = load(Map.of("file", "az.csv"), 6, manager);
            assertEquals(a.test().sampleIds(), b.test().sampleIds());
            assertEquals(a.train().sampleIds(), b.train().sampleIds());
            assertArrayEquals(
                    a.train().images().toFloatArray(), b.train().images().toFloatArray());
            assertTrue(!a.test().sampleIds().equals(c.test().sampleIds()));
        }
    }

    private GlyphException badFile(String content) throws IOException {
        Path file = Files.writeString(root.resolve("bad.csv"), content, StandardCharsets.US_ASCII);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphException e = assertThrows(GlyphException.class, () -> load(Map.of("file", "bad.csv"), 1, manager));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            return e;
        }
    }

    @Test
    void rowWithTooFewColumnsNamesLineAndColumn() throws IOException {
        String shortRow =
                AzCsvWriter.row(3, 0).substring(0, AzCsvWriter.row(3, 0).length() - 4);
        GlyphException e = badFile(AzCsvWriter.row(1, 0) + "\n" + shortRow + "\n");
        assertTrue(e.getMessage().contains("only 783 columns at line 2, column 783"), e.getMessage());
    }

    @Test
    void rowWithTooManyColumnsNamesLine() throws IOException {
        GlyphException e = badFile(AzCsvWriter.row(1, 0) + "\n" + AzCsvWriter.row(1, 0) + ",7\n");
        assertTrue(e.getMessage().contains("more than 785 columns at line 2"), e.getMessage());
    }

    @Test
    void nonNumericCellNamesLineAndColumn() throws IOException {
        String row = AzCsvWriter.row(1, 0);
        GlyphException e = badFile(row + "\n" + row + "\n" + row.substring(0, 6) + "x" + row.substring(7) + "\n");
        assertTrue(e.getMessage().contains("the character 'x' at line 3, column 4"), e.getMessage());
    }

    @Test
    void pixelOutOfRangeNamesLineAndColumn() throws IOException {
        GlyphException e = badFile(AzCsvWriter.row(1, 0) + "\n2,0,256" + ",0".repeat(782) + "\n");
        assertTrue(e.getMessage().contains("pixel value 256 at line 2, column 3, outside 0–255"), e.getMessage());
    }

    @Test
    void labelOutsideZeroToTwentyFiveNamesLine() throws IOException {
        GlyphException e = badFile(AzCsvWriter.row(26, 0) + "\n");
        assertTrue(e.getMessage().contains("label 26 at line 1, column 1, outside 0–25"), e.getMessage());
    }

    @Test
    void emptyCellAndNegativeValueAreReported() throws IOException {
        GlyphException empty = badFile(AzCsvWriter.row(1, 0).replaceFirst(",0,", ",,") + "\n");
        assertTrue(empty.getMessage().contains("empty cell at line 1, column 2"), empty.getMessage());
        GlyphException negative =
                badFile(AzCsvWriter.row(1, 0) + "\n" + AzCsvWriter.row(1, 0).replaceFirst(",0", ",-1") + "\n");
        assertTrue(negative.getMessage().contains("the character '-' at line 2, column 2"), negative.getMessage());
    }

    @Test
    void lastLineWithoutNewlineAndWindowsLineEndingsAreRead() throws IOException {
        Files.writeString(
                root.resolve("crlf.csv"),
                AzCsvWriter.row(0, 9) + "\r\n\r\n" + AzCsvWriter.row(0, 8) + "\r\n" + AzCsvWriter.row(1, 7) + "\r\n"
                        + AzCsvWriter.row(1, 6),
                StandardCharsets.US_ASCII);
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset data = load(
                    Map.of("file", "crlf.csv", "letters", "A,B", "testFraction", "0.5", "valFraction", "0"),
                    1,
                    manager);
            assertEquals(2, data.train().size());
            assertEquals(2, data.test().size());
            Map<String, Integer> pixelOfLine = Map.of("line 1", 9, "line 3", 8, "line 4", 7, "line 5", 6);
            for (DataSplit split : List.of(data.train(), data.test())) {
                float[] pixels = split.images().toFloatArray();
                for (int i = 0; i < split.size(); i++) {
                    String id = split.sampleIds().get(i);
                    assertEquals(pixelOfLine.get(id) / 255f, pixels[i * 784 + 400], 1e-6, id);
                }
            }
        }
    }

    @Test
    void truncatedGzipNamesFileAndLine() throws IOException {
        Path whole = AzCsvWriter.write(root.resolve("whole.csv.gz"), 300, null, 0.3, 4);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(root.resolve("cut.csv.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        try (NDManager manager = CpuEngine.manager()) {
            GlyphException e = assertThrows(GlyphException.class, () -> load(Map.of("file", "cut.csv.gz"), 1, manager));
            assertTrue(e.getMessage().startsWith("Gzip file " + cut + " ends early at line "), e.getMessage());
        }
    }

    @Test
    void missingFileSaysWhatToSet() {
        try (NDManager manager = CpuEngine.manager()) {
            GlyphException e = assertThrows(GlyphException.class, () -> load(Map.of("file", "none.csv"), 1, manager));
            assertTrue(e.getMessage().contains(root.resolve("none.csv") + " does not exist"), e.getMessage());
        }
    }

    @Test
    void realFileLettersAToEGivesFiveClassesAnd500Rows() {
        Path data = RealData.folder("the test reads the real A-Z CSV file");
        try (NDManager manager = CpuEngine.manager()) {
            GlyphDataset az = DatasetPlugins.load(new AzCsvDataset(), Map.of("letters", "A-E"), data, 42, manager);
            assertEquals(List.of("A", "B", "C", "D", "E"), az.classNames());
            assertEquals(
                    500, az.train().size() + az.validation().size() + az.test().size());
            assertEquals(100, az.test().size());
            assertEquals(1f, az.train().images().max().getFloat(), 1e-6);
        }
    }
}
