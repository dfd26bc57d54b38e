package org.glyphtransfer.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.IoErrors;

/**
 * Finds out before any training whether an output folder can be created and written, so a
 * read-only or impossible {@code --out} fails in a second rather than after the last epoch. It
 * creates and deletes one empty file in the folder, or in the nearest existing folder above it,
 * and creates no folders: a run that fails later leaves no trace. Permission bits alone cannot
 * tell (root passes every {@code access} check), so it really writes.
 */
final class WritableCheck {
    private WritableCheck() {}

    /**
     * @param dir the output folder, existing or not
     * @throws GlyphException when it cannot be created or written, naming the folder and the reason
     */
    static void require(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        Path existing = folder;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            throw new GlyphException(
                    existing.equals(folder)
                            ? "Output " + dir + " is a file, not a folder; choose another --out."
                            : "Output folder " + dir + " cannot be created: " + existing
                                    + " is a file, not a folder; choose another --out.");
        }
        try {
            Files.delete(Files.createTempFile(existing, ".glyph-write-check-", ".tmp"));
        } catch (IOException e) {
            throw new GlyphException(
                    (existing.equals(folder)
                                    ? "Output folder " + dir + " is not writable ("
                                    : "Output folder " + dir + " cannot be created in " + existing + " (")
                            + IoErrors.reason(e)
                            + "); choose another --out.",
                    e);
        }
    }
}
