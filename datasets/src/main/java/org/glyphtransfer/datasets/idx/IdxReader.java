package org.glyphtransfer.datasets.idx;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.datasets.core.CountingInputStream;

/**
 * Reads IDX files of unsigned bytes (MNIST, Fashion-MNIST, EMNIST), raw or gzip-compressed —
 * recognised by content, not by name. Every problem is a {@link GlyphException} naming the file
 * and the byte offset (of the decompressed data for gzip files).
 */
public final class IdxReader {
    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {}

    /**
     * Reads a whole IDX file.
     *
     * @param file the file, raw or gzip
     * @param expectedRank 1 for labels, 3 for images
     * @return the dimensions and data
     * @throws GlyphException when the file is missing, not IDX, truncated or corrupt
     */
    public static IdxFile read(Path file, int expectedRank) {
        return read(IdxInput.of(file), expectedRank);
    }

    /**
     * Reads a whole IDX file from any source.
     *
     * @param input the file, raw or gzip
     * @param expectedRank 1 for labels, 3 for images
     * @return the dimensions and data
     * @throws GlyphException when the file is missing, not IDX, truncated or corrupt
     */
    public static IdxFile read(IdxInput input, int expectedRank) {
        String file = input.name();
        try (BufferedInputStream raw = new BufferedInputStream(input.opener().open(), 1 << 16)) {
            boolean gzip = isGzip(raw);
            CountingInputStream in = new CountingInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw);
            try {
                return readIdx(file, in, expectedRank, gzip);
            } catch (ZipException | EOFException e) {
                throw corruptGzip(file, in.count(), e);
            }
        } catch (NoSuchFileException e) {
            throw new GlyphException(
                    "IDX file " + file + " does not exist; check the folder and file name options.", e);
        } catch (IOException e) {
            throw new GlyphException(
                    "IDX file " + file + " cannot be read (" + e.getMessage() + "); check that it is a readable file.",
                    e);
        }
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    private static IdxFile readIdx(String file, CountingInputStream in, int expectedRank, boolean gzip)
            throws IOException {
        byte[] magic = readHeaderBytes(file, in, 4, "magic number", gzip);
        int expectedMagic = 0x800 | expectedRank;
        int found = toInt(magic, 0);
        if (magic[0] != 0 || magic[1] != 0 || (magic[2] & 0xff) != UNSIGNED_BYTE || magic[3] != expectedRank) {
            throw new GlyphException(String.format(
                    "IDX file %s has the magic number 0x%08X at byte offset 0%s, "
                            + "expected 0x%08X (%s); check that this is the right file.",
                    file,
                    found,
                    where(gzip),
                    expectedMagic,
                    expectedRank == 1 ? "unsigned-byte labels" : "unsigned-byte images"));
        }
        byte[] dimBytes = readHeaderBytes(file, in, 4 * expectedRank, "dimension sizes", gzip);
        int[] dims = new int[expectedRank];
        long total = 1;
        for (int i = 0; i < expectedRank; i++) {
            dims[i] = toInt(dimBytes, 4 * i);
            if (dims[i] < 0 || (i > 0 && dims[i] == 0)) {
                throw new GlyphException("IDX file " + file + " declares a dimension of size " + dims[i]
                        + " at byte offset " + (4 + 4 * i) + where(gzip) + "; the header is corrupt.");
            }
            total *= dims[i];
        }
        int header = 4 + 4 * expectedRank;
        if (total > Integer.MAX_VALUE - 16) {
            throw new GlyphException("IDX file " + file + " declares " + describe(dims) + " at byte offsets 4 to "
                    + (header - 1) + where(gzip) + ", more data than can be loaded at once; the header is corrupt"
                    + " or the file must be split.");
        }
        byte[] data = new byte[(int) total];
        int read = in.readNBytes(data, 0, data.length);
        if (read < data.length) {
            throw new GlyphException("IDX file " + file + " is truncated: it ends at byte offset " + (header + read)
                    + where(gzip) + " but its header promises " + describe(dims) + " ending at byte offset "
                    + (header + total) + "; download the file again.");
        }
        if (in.read() >= 0) {
            throw new GlyphException(
                    "IDX file " + file + " has unexpected bytes after byte offset " + (header + total) + where(gzip)
                            + ", where its header says the data ends; check that it is a single, intact IDX file.");
        }
        return new IdxFile(file, dims, data);
    }

    private static byte[] readHeaderBytes(String file, CountingInputStream in, int n, String what, boolean gzip)
            throws IOException {
        long start = in.count();
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new GlyphException(
                    "IDX file " + file + " is truncated: it ends at byte offset " + (start + bytes.length) + where(gzip)
                            + " inside the " + what + " of its header; download the file again.");
        }
        return bytes;
    }

    private static GlyphException corruptGzip(String file, long offset, IOException e) {
        String problem = e instanceof EOFException ? "ends early" : "is corrupt (" + e.getMessage() + ")";
        return new GlyphException(
                "Gzip file " + file + " " + problem + " after byte offset " + offset
                        + " of the decompressed data; download the file again or decompress it to check.",
                e);
    }

    private static String where(boolean gzip) {
        return gzip ? " of the decompressed data" : "";
    }

    private static String describe(int[] dims) {
        if (dims.length == 1) {
            return dims[0] + " labels";
        }
        StringBuilder sb = new StringBuilder().append(dims[0]).append(" images of ");
        for (int i = 1; i < dims.length; i++) {
            sb.append(i > 1 ? "×" : "").append(dims[i]);
        }
        return sb.toString();
    }

    private static int toInt(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 24)
                | ((b[offset + 1] & 0xff) << 16)
                | ((b[offset + 2] & 0xff) << 8)
                | (b[offset + 3] & 0xff);
    }
}
