package org.glyphtransfer.datasets.idx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an IDX file's bytes come from: a file on disk, or a stream from DJL's dataset cache.
 *
 * @param name how messages name it (the file path)
 * @param opener opens a fresh stream
 */
public record IdxInput(String name, Opener opener) {

    /** Opens a stream; the caller closes it. */
    @FunctionalInterface
    public interface Opener {
        /**
         * @return a new stream over the file's bytes
         * @throws IOException when it cannot be opened
         */
        InputStream open() throws IOException;
    }

    /**
     * @param file a file on disk
     * @return the input
     */
    public static IdxInput of(Path file) {
        return new IdxInput(file.toString(), () -> Files.newInputStream(file));
    }

    @Override
    public String toString() {
        return name;
    }
}
