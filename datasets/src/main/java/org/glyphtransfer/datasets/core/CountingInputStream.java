package org.glyphtransfer.datasets.core;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read, so errors can name the byte offset where a file went wrong. */
public final class CountingInputStream extends FilterInputStream {
    private long count;

    /**
     * @param in the stream to count
     */
    public CountingInputStream(InputStream in) {
        super(in);
    }

    /** @return bytes read so far */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }
}
