package org.glyphtransfer.spark.predict;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.api.io.UserPaths;

/**
 * A model folder packed into bytes, so the driver can broadcast it to executors that do not see
 * the driver's disk, and unpacked again on each executor.
 */
public final class ModelArchive {
    private ModelArchive() {}

    /**
     * @param folder a model folder
     * @return its files, zipped (stored without compression: parameters do not shrink)
     */
    public static byte[] pack(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(folder.relativize(file)
                        .toString()
                        .replace(folder.getFileSystem().getSeparator(), "/")));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new GlyphException(
                    "Model folder " + UserPaths.show(folder) + " cannot be read: " + IoErrors.plainMessage(e) + ".", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param bytes what {@link #pack} made
     * @param target an empty folder to unpack into
     * @throws UncheckedIOException when the folder cannot be written
     */
    static void unpack(byte[] bytes, Path target) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            Files.createDirectories(target);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("archive entry " + entry.getName() + " points outside " + target);
                }
                Files.createDirectories(file.getParent());
                Files.copy(zip, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the model into " + target, e);
        }
    }
}
