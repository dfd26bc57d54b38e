package org.glyphtransfer.api.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheContentAndCreatesMissingFolders() throws IOException {
        Path file = dir.resolve("a/b/report.md");
        AtomicFiles.write(file, "héllo\n");
        assertEquals("héllo\n", Files.readString(file, StandardCharsets.UTF_8));
        AtomicFiles.write(dir.resolve("bytes.bin"), new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("bytes.bin")));
        assertEquals(List.of("report.md"), names(dir.resolve("a/b")), "no temporary file is left");
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path file = dir.resolve("state.json");
        AtomicFiles.write(file, "a much longer old content than the new one");
        AtomicFiles.write(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals(List.of("state.json"), names(dir));
    }

    @Test
    void aFailureMidWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("model.params");
        AtomicFiles.write(file, new byte[] {1, 2, 3});
        IOException full = new IOException("No space left on device");
        IOException thrown = assertThrows(
                IOException.class,
                () -> AtomicFiles.write(file, out -> {
                    out.write(new byte[100_000]);
                    throw full;
                }));
        assertSame(full, thrown, "the callback's own exception comes through");
        assertThrows(
                IllegalStateException.class,
                () -> AtomicFiles.write(file, out -> {
                    out.write(9);
                    throw new IllegalStateException("engine failed");
                }));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
        assertEquals(List.of("model.params"), names(dir), "no temporary file is left");
    }

    @Test
    void aStreamingWriterMayCloseItsStream() throws IOException {
        Path file = dir.resolve("big.bin");
        AtomicFiles.write(file, raw -> {
            try (DataOutputStream out = new DataOutputStream(raw)) {
                out.writeInt(42);
            }
        });
        assertArrayEquals(new byte[] {0, 0, 0, 42}, Files.readAllBytes(file));
    }

    @Test
    void aPendingFileReplacesTheTargetOnlyOnCommit() throws IOException {
        Path file = dir.resolve("model.json");
        AtomicFiles.write(file, "old");
        try (PendingFile pending =
                AtomicFiles.prepare(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)))) {
            assertEquals("old", Files.readString(file));
        }
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("model.json"), names(dir), "closing without commit deletes the temporary file");
        try (PendingFile pending =
                AtomicFiles.prepare(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)))) {
            pending.commit();
        }
        assertEquals("new", Files.readString(file));
    }

    @Test
    void writtenFilesAreReadableByOthers() throws IOException {
        Path file = dir.resolve("model.json");
        AtomicFiles.write(file, "{}");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void writesAWholeFolderOrNothing() throws IOException {
        Path target = dir.resolve("checkpoint/epoch-000001");
        Files.createDirectories(dir.resolve("checkpoint/.epoch-000001.tmp"));
        Files.writeString(dir.resolve("checkpoint/.epoch-000001.tmp/stale"), "from a killed run");
        AtomicFiles.writeFolder(target, tmp -> {
            AtomicFiles.write(tmp.resolve("a.txt"), "a");
            Files.writeString(tmp.resolve("b.txt"), "b");
        });
        assertEquals(List.of("a.txt", "b.txt"), names(target));
        assertEquals(List.of("epoch-000001"), names(dir.resolve("checkpoint")));

        Path failing = dir.resolve("checkpoint/epoch-000002");
        assertThrows(
                IOException.class,
                () -> AtomicFiles.writeFolder(failing, tmp -> {
                    AtomicFiles.write(tmp.resolve("a.txt"), "a");
                    throw new IOException("No space left on device");
                }));
        assertEquals(List.of("epoch-000001"), names(dir.resolve("checkpoint")), "the temporary folder is removed");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.writeFolder(target, tmp -> {}));
    }

    @Test
    void outermostMissingFolder() throws IOException {
        assertNull(AtomicFiles.outermostMissing(dir));
        assertEquals(dir.resolve("runs").toAbsolutePath(), AtomicFiles.outermostMissing(dir.resolve("runs/a/b")));
        Files.createDirectories(dir.resolve("runs"));
        assertEquals(dir.resolve("runs/a").toAbsolutePath(), AtomicFiles.outermostMissing(dir.resolve("runs/a/b")));
        assertTrue(Files.isDirectory(dir.resolve("runs")));
        assertFalse(Files.exists(dir.resolve("runs/a")));
    }
}
