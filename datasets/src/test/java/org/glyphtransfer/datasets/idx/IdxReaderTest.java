package org.glyphtransfer.datasets.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.datasets.core.ImageSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    private static byte[] pixels(int n) {
        byte[] p = new byte[n * 4];
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) (i * 7);
        }
        return p;
    }

    @Test
    void readsRawAndGzipTheSame() throws IOException {
        byte[] content = IdxWriter.images(3, 2, 2, pixels(3));
        IdxFile raw = IdxReader.read(IdxWriter.write(dir.resolve("a-idx3-ubyte"), content), 3);
        IdxFile gz = IdxReader.read(IdxWriter.write(dir.resolve("b-idx3-ubyte.gz"), content), 3);
        assertEquals(3, raw.count());
        assertEquals(2, raw.dim(1));
        assertArrayEquals(pixels(3), raw.data());
        assertArrayEquals(raw.data(), gz.data());
    }

    @Test
    void wrongMagicNamesFileAndOffset() throws IOException {
        Path file = IdxWriter.write(dir.resolve("labels-idx1-ubyte"), IdxWriter.labels(new byte[] {1, 2}));
        GlyphException e = assertThrows(GlyphException.class, () -> IdxReader.read(file, 3));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("magic number 0x00000801 at byte offset 0"), e.getMessage());
        assertTrue(e.getMessage().contains("0x00000803"), e.getMessage());
    }

    @Test
    void truncatedRawFileNamesWhereItEnds() throws IOException {
        byte[] content = IdxWriter.images(3, 2, 2, pixels(3));
        Path file = IdxWriter.write(dir.resolve("t-idx3-ubyte"), Arrays.copyOf(content, content.length - 5));
        GlyphException e = assertThrows(GlyphException.class, () -> IdxReader.read(file, 3));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("truncated: it ends at byte offset 23"), e.getMessage());
        assertTrue(e.getMessage().contains("3 images of 2×2 ending at byte offset 28"), e.getMessage());
    }

    @Test
    void truncatedHeaderIsReported() throws IOException {
        Path file = IdxWriter.write(dir.resolve("h-idx3-ubyte"), new byte[] {0, 0, 8, 3, 0, 0});
        GlyphException e = assertThrows(GlyphException.class, () -> IdxReader.read(file, 3));
        assertTrue(e.getMessage().contains("ends at byte offset 6 inside the dimension sizes"), e.getMessage());
    }

    @Test
    void truncatedGzipNamesFileAndDecompressedOffset() throws IOException {
        Path whole =
                IdxWriter.write(dir.resolve("w-idx3-ubyte.gz"), IdxWriter.images(500, 28, 28, new byte[500 * 784]));
        byte[] gz = Files.readAllBytes(whole);
        Path file = dir.resolve("cut-idx3-ubyte.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));
        GlyphException e = assertThrows(GlyphException.class, () -> IdxReader.read(file, 3));
        assertTrue(e.getMessage().startsWith("Gzip file " + file + " ends early after byte offset "), e.getMessage());
        assertTrue(e.getMessage().contains("of the decompressed data"), e.getMessage());
    }

    @Test
    void corruptGzipNamesFile() throws IOException {
        byte[] noise = pixels(2000);
        Path whole = IdxWriter.write(dir.resolve("n-idx3-ubyte.gz"), IdxWriter.images(2000, 2, 2, noise));
        byte[] gz = Files.readAllBytes(whole);
        for (int i = 20; i < 40; i++) {
            gz[i] ^= (byte) 0x5a;
        }
        Path file = dir.resolve("corrupt-idx3-ubyte.gz");
        Files.write(file, gz);
        GlyphException e = assertThrows(GlyphException.class, () -> IdxReader.read(file, 3));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(
                e.getMessage()
                        .matches(
                                ".*(corrupt|ends early|magic number|truncated|unexpected bytes).*byte offsets? \\d+.*"),
                e.getMessage());
    }

    @Test
    void countMismatchNamesBothFiles() throws IOException {
        Path images = IdxWriter.write(dir.resolve("i-idx3-ubyte"), IdxWriter.images(3, 2, 2, pixels(3)));
        Path labels = IdxWriter.write(dir.resolve("l-idx1-ubyte"), IdxWriter.labels(new byte[] {0, 1}));
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> IdxPair.load(IdxInput.of(images), IdxInput.of(labels), new IdxLayout(0, 10, false)));
        assertTrue(e.getMessage().contains(images + " holds 3 images (count at byte offset 4)"), e.getMessage());
        assertTrue(e.getMessage().contains(labels + " holds 2 labels (count at byte offset 4)"), e.getMessage());
    }

    @Test
    void labelOutOfRangeNamesItsOffset() throws IOException {
        Path images = IdxWriter.write(dir.resolve("i-idx3-ubyte"), IdxWriter.images(3, 2, 2, pixels(3)));
        Path labels = IdxWriter.write(dir.resolve("l-idx1-ubyte"), IdxWriter.labels(new byte[] {0, 12, 1}));
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> IdxPair.load(IdxInput.of(images), IdxInput.of(labels), new IdxLayout(0, 10, false)));
        assertTrue(e.getMessage().contains(labels + " has the label 12 at byte offset 9, outside 0–9"), e.getMessage());
    }

    @Test
    void transposedImagesAreTurnedUpright() throws IOException {
        byte[] stored = new byte[9];
        stored[1] = 5; // stored (row 0, col 1) is upright (row 1, col 0)
        Path images = IdxWriter.write(dir.resolve("i-idx3-ubyte"), IdxWriter.images(1, 3, 3, stored));
        Path labels = IdxWriter.write(dir.resolve("l-idx1-ubyte"), IdxWriter.labels(new byte[] {1}));
        ImageSet set = IdxPair.load(IdxInput.of(images), IdxInput.of(labels), new IdxLayout(1, 26, true));
        assertEquals(5, set.pixels()[3]);
        assertEquals(0, set.pixels()[1]);
        assertEquals(0, set.labels()[0]);
    }

    @Test
    void findsEveryDistributedSpelling() throws IOException {
        Files.write(dir.resolve("train-images.idx3-ubyte"), new byte[0]);
        assertEquals(
                dir.resolve("train-images.idx3-ubyte"),
                IdxFiles.find(dir, "train-images-idx3-ubyte").orElseThrow());
        Files.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), new byte[0]);
        assertEquals(
                dir.resolve("t10k-labels-idx1-ubyte.gz"),
                IdxFiles.find(dir, "t10k-labels-idx1-ubyte").orElseThrow());
        assertTrue(IdxFiles.find(dir, "nothing-idx1-ubyte").isEmpty());
    }
}
