package org.glyphtransfer.api.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes files so that a reader sees either the old content or the new, never a mix, and a crash
 * or a full disk leaves no half-written file under the target's name. The content goes to a
 * temporary file in the target's folder, which is flushed to disk ({@code fsync}) and then renamed
 * over the target in one step ({@code ATOMIC_MOVE}, replacing an existing file; a plain replace
 * only where the file system refuses an atomic rename); last the folder itself is flushed, so the
 * rename survives a power cut (best effort: not every file system can flush a folder). Missing
 * parent folders are created. When writing fails, the target is left as it was and the temporary
 * file is deleted. Files are created readable by everyone ({@code rw-r--r--} on POSIX file
 * systems), like the other files a user writes.
 */
public final class AtomicFiles {
    private static final int BUFFER = 1 << 16;

    private AtomicFiles() {}

    /**
     * Writes a file atomically.
     *
     * @param target the file to write
     * @param bytes its content
     * @throws IOException when writing fails; the target is then unchanged
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes a text file atomically.
     *
     * @param target the file to write
     * @param text its content, written as UTF-8
     * @throws IOException when writing fails; the target is then unchanged
     */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a file atomically from a callback, for content too big to hold in memory. The stream
     * is buffered; the callback may close it or leave it open.
     *
     * @param target the file to write
     * @param writer writes the content to the stream it is given
     * @throws IOException when writing fails, including what the callback throws; the target is
     *     then unchanged
     */
    public static void write(Path target, IoConsumer<OutputStream> writer) throws IOException {
        try (PendingFile pending = prepare(target, writer)) {
            pending.commit();
        }
    }

    /**
     * Writes a file's new content under a temporary name and flushes it to disk, but leaves the
     * renaming to the caller: {@link PendingFile#commit()}. This lets several files be written in
     * full before any of them replaces its old version, e.g. a parameter file and the metadata
     * that holds its checksum. Closing the pending file without committing deletes it.
     *
     * @param target the file to write eventually
     * @param writer writes the content to the stream it is given (which it may close or not)
     * @return the written, not yet committed file; close it
     * @throws IOException when writing fails, including what the callback throws; no temporary
     *     file is then left
     */
    public static PendingFile prepare(Path target, IoConsumer<OutputStream> writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = readableTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel =
                    FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                BufferedOutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
                writer.accept(new KeepOpen(buffered));
                buffered.flush();
                channel.force(true);
            }
            return new PendingFile(tmp, target);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /**
     * Writes a whole folder atomically: the callback fills a temporary folder next to the target,
     * named {@code .NAME.tmp} (so leftovers of a killed process are recognisable; one found there
     * is deleted first), every file in it is flushed to disk, and the folder is then renamed to the
     * target in one step. A folder that exists cannot be replaced this way, so the target must not
     * exist yet.
     *
     * @param target the folder to create
     * @param filler writes the folder's files into the folder it is given
     * @throws IOException when the target exists or writing fails, including what the callback
     *     throws; the temporary folder is then deleted
     */
    public static void writeFolder(Path target, IoConsumer<Path> filler) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        deleteTree(tmp);
        Files.createDirectory(tmp);
        try {
            filler.accept(tmp);
            syncTree(tmp);
            rename(tmp, target, false);
        } catch (IOException | RuntimeException | Error e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /**
     * The outermost folder on the way to a path that does not exist yet: what writing the path
     * will create, and so what to remove when that write fails.
     *
     * @param path a file or folder
     * @return the outermost missing folder of its absolute path (the path itself when only it is
     *     missing), or {@code null} when the path exists
     */
    public static Path outermostMissing(Path path) {
        Path missing = null;
        for (Path p = path.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** Renames in one step where the file system can, else plainly; then flushes the folder. */
    static void rename(Path from, Path to, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
        syncFolder(to.toAbsolutePath().getParent());
    }

    /** Flushes a folder's entries to disk; best effort, as not every platform can open a folder. */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The data itself is flushed; only the rename might not survive a power cut.
        }
    }

    /** Flushes every file and folder below a folder (files a callback wrote by other means). */
    private static void syncTree(Path root) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.toList();
        }
        for (Path p : all) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                syncFolder(p);
            }
        }
    }

    /**
     * A temporary file readable like any other file the user writes: {@code createTempFile}
     * makes it owner-only (0600), and the rename would carry that onto the target.
     */
    private static Path readableTempFile(Path dir, String prefix, String suffix) throws IOException {
        Path tmp = Files.createTempFile(dir, prefix, suffix);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
        return tmp;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort: the write already failed and that error is the one to report.
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(AtomicFiles::deleteQuietly);
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // Best effort, as above.
        }
    }

    /** Hands the callback a stream whose {@code close()} only flushes: the file is closed here, after the fsync. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
