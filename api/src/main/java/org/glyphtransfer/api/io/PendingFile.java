package org.glyphtransfer.api.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file's new content, written in full and flushed to disk under a temporary name in the target's
 * folder, waiting to replace the target: {@link #commit()} renames it into place atomically,
 * {@link #close()} without a commit deletes it and leaves the target as it was. Made by
 * {@link AtomicFiles#prepare}.
 */
public final class PendingFile implements AutoCloseable {
    private final Path temporary;
    private final Path target;
    private boolean committed;

    PendingFile(Path temporary, Path target) {
        this.temporary = temporary;
        this.target = target;
    }

    /** @return the file this content is for */
    public Path target() {
        return target;
    }

    /**
     * Renames the content over the target in one step and flushes the folder.
     *
     * @throws IOException when the rename fails; the target is then unchanged
     * @throws IllegalStateException when already committed
     */
    public void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException(target + " is already committed");
        }
        AtomicFiles.rename(temporary, target, true);
        committed = true;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            AtomicFiles.deleteQuietly(temporary);
        }
    }
}
