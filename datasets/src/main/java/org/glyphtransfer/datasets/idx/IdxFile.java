package org.glyphtransfer.datasets.idx;

/**
 * The content of one IDX file of unsigned bytes: its dimensions (count first) and the data that
 * follows the header.
 */
public final class IdxFile {
    private final String file;
    private final int[] dims;
    private final byte[] data;

    IdxFile(String file, int[] dims, byte[] data) {
        this.file = file;
        this.dims = dims;
        this.data = data;
    }

    /** @return the file it was read from, as messages name it */
    public String file() {
        return file;
    }

    /** @return the number of items (first dimension) */
    public int count() {
        return dims[0];
    }

    /**
     * @param i the dimension index, 0 = item count
     * @return its size
     */
    public int dim(int i) {
        return dims[i];
    }

    /** @return the number of dimensions */
    public int rank() {
        return dims.length;
    }

    /** @return the bytes after the header; shared, do not modify */
    public byte[] data() {
        return data;
    }

    /** @return the byte offset of the data, i.e. the header length */
    public int headerLength() {
        return 4 + 4 * dims.length;
    }
}
