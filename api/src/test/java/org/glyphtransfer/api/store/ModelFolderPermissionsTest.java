package org.glyphtransfer.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFolderPermissionsTest {
    @TempDir Path dir;

    @Test
    void atomicallyWrittenFilesAreReadableByOthers() throws Exception {
        Path file = dir.resolve("model.json");
        ModelFolder.writeAtomically(file, "{}");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
