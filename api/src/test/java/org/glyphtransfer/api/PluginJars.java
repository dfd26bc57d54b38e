package org.glyphtransfer.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test helpers that damage plugin jars the way the real world does. */
final class PluginJars {
    private PluginJars() {}

    /**
     * Copies a jar, setting the major version of every class file to {@code major}: a jar built
     * for a newer Java than the one running the tests.
     */
    static Path patchClassVersion(Path jar, Path copy, int major) throws IOException {
        try (InputStream file = Files.newInputStream(jar);
                ZipInputStream in = new ZipInputStream(file);
                OutputStream target = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith(".class")) {
                    bytes[6] = (byte) (major >> 8);
                    bytes[7] = (byte) major;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }
}
