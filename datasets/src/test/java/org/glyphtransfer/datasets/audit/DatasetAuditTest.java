package org.glyphtransfer.datasets.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.datasets.folders.LetterImages;
import org.glyphtransfer.datasets.idx.IdxWriter;
import org.glyphtransfer.datasets.idx.MnistDataset;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetAuditTest {
    @TempDir
    Path root;

    /** A scan-like picture: a shape on paper with a texture unique to {@code seed}. */
    private static BufferedImage scan(int shape, int seed) {
        BufferedImage image = LetterImages.draw(shape, 40, 40, BufferedImage.TYPE_INT_RGB, seed);
        java.util.Random random = new java.util.Random(seed);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                int grey = Math.max(
                        0, Math.min(255, (image.getRGB(x, y) & 0xff) + random.nextInt(41) - 20 + (x + y) * seed % 9));
                image.setRGB(x, y, grey * 0x010101);
            }
        }
        return image;
    }

    private static BufferedImage resized(BufferedImage image, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    @Test
    void findsCopiesLeakageConflictsNearDuplicatesAndUnreadableFiles() throws IOException {
        Path scans = root.resolve("scans");
        for (int i = 0; i < 6; i++) {
            LetterImages.write(scan(0, 10 + i), scans.resolve("Training/A/a" + i + ".png"));
            LetterImages.write(scan(1, 20 + i), scans.resolve("Training/B/b" + i + ".png"));
        }
        Files.copy(scans.resolve("Training/A/a0.png"), scans.resolve("Training/A/a0-copy.png"));
        LetterImages.write(scan(0, 11), scans.resolve("Training/A/a1.bmp")); // same pixels, other bytes
        LetterImages.write(scan(0, 12), scans.resolve("Testing/A/leak.png")); // also Training/A/a2.png
        LetterImages.write(scan(1, 30), scans.resolve("Testing/B/b-test.png"));
        LetterImages.write(scan(1, 21), scans.resolve("Testing/A/mislabelled.png")); // Training/B/b1.png, under A
        LetterImages.write(resized(scan(0, 13), 36), scans.resolve("Testing/A/a3-smaller.png"));
        Files.write(scans.resolve("Testing/B/broken.png"), new byte[] {9, 9, 9});

        AuditReport report = DatasetAudit.auditFolder(scans);

        assertEquals(
                List.of("train", "test"),
                report.splits().stream().map(AuditReport.SplitCount::split).toList());
        assertEquals(Map.of("A", 8, "B", 6), report.splits().get(0).perClass());
        assertEquals(Map.of("A", 3, "B", 1), report.splits().get(1).perClass());
        assertEquals(1, report.byteIdenticalCopies());
        assertEquals(
                List.of("Training/A/a0-copy.png", "Training/A/a0.png"),
                report.byteIdentical().get(0).members().stream().sorted().toList());
        assertEquals(2, report.pixelIdenticalCopies(), "the BMP copy is pixel- but not byte-identical");
        assertEquals(2, report.leakage().size());
        assertTrue(report.leakage().stream()
                .anyMatch(g -> g.members().contains("Testing/A/leak.png")
                        && g.members().contains("Training/A/a2.png")));
        assertEquals(1, report.labelConflicts().size());
        assertTrue(report.labelConflicts().get(0).members().contains("Testing/A/mislabelled.png"));
        assertTrue(
                report.nearLeakage().stream()
                        .anyMatch(p -> p.first().equals("Testing/A/a3-smaller.png")
                                && p.second().equals("Training/A/a3.png")),
                report.nearLeakage().toString());
        assertEquals(List.of("Testing/B/broken.png: no image decoder recognises its content"), report.unreadable());
        assertTrue(report.warnings().stream()
                .anyMatch(w -> w.startsWith("WARNING: 2 images appear in more than one split")));
        assertTrue(report.toJson().contains("\"leakage\": ["));
        assertTrue(report.toText().contains("same image in two splits (leakage)"));
    }

    @Test
    void anEmptyClassFolderIsReported() throws IOException {
        Path flat = root.resolve("with-empty");
        LetterImages.write(scan(2, 1), flat.resolve("C/one.png"));
        LetterImages.write(scan(3, 2), flat.resolve("D/other.png"));
        Files.createDirectories(flat.resolve("E"));
        AuditReport report = DatasetAudit.auditFolder(flat);
        assertEquals(Map.of("C", 1, "D", 1, "E", 0), report.splits().get(0).perClass());
        assertTrue(
                report.warnings().contains("WARNING: class E has no readable images in split 'all'."),
                report.warnings().toString());
        assertTrue(report.toText().contains("class E has no readable images"), report.toText());
    }

    @Test
    void datasetOfMostlyCopiesIsFlaggedLoudly() throws IOException {
        Path flat = root.resolve("flat");
        LetterImages.write(scan(2, 1), flat.resolve("C/original.png"));
        for (int i = 0; i < 9; i++) {
            Files.copy(flat.resolve("C/original.png"), flat.resolve("C/copy" + i + ".png"));
        }
        LetterImages.write(scan(3, 2), flat.resolve("D/other.png"));
        AuditReport report = DatasetAudit.auditFolder(flat);
        assertEquals("all", report.splits().get(0).split());
        assertEquals(2, report.distinctImages());
        assertTrue(
                report.warnings()
                        .get(0)
                        .startsWith("WARNING: most files are copies of a few images: 11 samples hold"
                                + " only 2 distinct images"),
                report.warnings().get(0));
        assertTrue(report.toText().contains("WARNING: most files are copies"));
    }

    @Test
    void tensorDatasetsAreAuditedThroughTheirPlugin() throws IOException {
        Path dir = Files.createDirectories(root.resolve("mnist"));
        IdxWriter.writeSet(
                dir,
                new String[] {
                    "train-images-idx3-ubyte",
                    "train-labels-idx1-ubyte",
                    "t10k-images-idx3-ubyte",
                    "t10k-labels-idx1-ubyte"
                },
                20,
                4,
                10,
                0);
        CpuEngine.startOnce();
        MnistDataset mnist = new MnistDataset();
        AuditReport report = DatasetAudit.audit(mnist, mnist.parseOptions(Map.of()), DataRoot.of(root));
        assertEquals(
                List.of("train", "validation", "test"),
                report.splits().stream().map(AuditReport.SplitCount::split).toList());
        assertEquals(240, report.totalSamples());
        // Generated images repeat their pixel value every 200 samples, and tests 0–39 equal training 0–39.
        assertTrue(report.leakage().size() > 0);
        assertTrue(report.toJson().contains("\"dataset\": \"mnist\""));
    }

    @Test
    void realLetterScansHaveCopiesInsideSplitsAndNoLeakage() {
        Path data = RealData.folder("the test reads the real letter scans");
        AuditReport report = DatasetAudit.auditFolder(data.resolve("letters-scans"));
        assertEquals(2_600, report.totalSamples());
        assertEquals(2_078, report.splits().get(0).total());
        assertEquals(522, report.splits().get(1).total());
        assertTrue(report.byteIdenticalCopies() > 0);
        assertEquals(0, report.leakage().size());
        assertTrue(report.unreadable().isEmpty());
    }
}
