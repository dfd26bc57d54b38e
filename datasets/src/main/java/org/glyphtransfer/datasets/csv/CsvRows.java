package org.glyphtransfer.datasets.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glyphtransfer.datasets.core.ImageSet;

/**
 * Rows parsed from a CSV file: pixels as bytes in fixed-size chunks (no doubling copies while
 * the row count is unknown), with each row's label and line number.
 */
final class CsvRows {
    private static final int ROWS_PER_CHUNK = 4096;

    private final int side;
    private final int rowBytes;
    private final List<byte[]> chunks = new ArrayList<>();
    private int[] labels = new int[ROWS_PER_CHUNK];
    private int[] lines = new int[ROWS_PER_CHUNK];
    private int count;

    CsvRows(int side) {
        this.side = side;
        this.rowBytes = side * side;
    }

    /** @return the chunk that the next row goes into */
    byte[] openChunk() {
        int chunk = count / ROWS_PER_CHUNK;
        if (chunk == chunks.size()) {
            chunks.add(new byte[ROWS_PER_CHUNK * rowBytes]);
        }
        return chunks.get(chunk);
    }

    /** @return the byte offset of the next row in {@link #openChunk()} */
    int openOffset() {
        return (count % ROWS_PER_CHUNK) * rowBytes;
    }

    /** Keeps the row just written at {@link #openOffset()}. */
    void commit(int label, int line) {
        if (count == labels.length) {
            labels = Arrays.copyOf(labels, count * 2);
            lines = Arrays.copyOf(lines, count * 2);
        }
        labels[count] = label;
        lines[count] = line;
        count++;
    }

    int size() {
        return count;
    }

    int[] labels() {
        return Arrays.copyOf(labels, count);
    }

    /**
     * Copies the given rows into one image set, naming each sample by its CSV line.
     *
     * @param indices row indices
     * @return the images
     */
    ImageSet gather(int[] indices) {
        byte[] pixels = new byte[indices.length * rowBytes];
        int[] outLabels = new int[indices.length];
        List<String> ids = new ArrayList<>(indices.length);
        for (int i = 0; i < indices.length; i++) {
            int row = indices[i];
            System.arraycopy(
                    chunks.get(row / ROWS_PER_CHUNK),
                    (row % ROWS_PER_CHUNK) * rowBytes,
                    pixels,
                    i * rowBytes,
                    rowBytes);
            outLabels[i] = labels[row];
            ids.add("line " + lines[row]);
        }
        return new ImageSet(side, side, pixels, outLabels, ids);
    }
}
