package org.glyphtransfer.datasets.idx;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes IDX files for tests, in the exact layout of MNIST and EMNIST. */
public final class IdxWriter {
    private IdxWriter() {}

    /** @return the bytes of an idx3 file of n images of h × w */
    public static byte[] images(int n, int h, int w, byte[] pixels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x803);
        out.writeInt(n);
        out.writeInt(h);
        out.writeInt(w);
        out.write(pixels);
        return bytes.toByteArray();
    }

    /** @return the bytes of an idx1 file */
    public static byte[] labels(byte[] labels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x801);
        out.writeInt(labels.length);
        out.write(labels);
        return bytes.toByteArray();
    }

    /** Writes bytes to a file, gzip-compressed when its name ends in .gz. */
    public static Path write(Path file, byte[] content) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw) {
            out.write(content);
        }
        return file;
    }

    /**
     * Writes a four-file MNIST-like set: image i of class c has pixel value (i % 200) + 1 at
     * (row c, column 0) and is otherwise black, so every image is distinct and its label is
     * readable from its pixels.
     */
    public static void writeSet(
            Path dir, String[] names, int trainPerClass, int testPerClass, int classes, int firstLabel)
            throws IOException {
        writePair(dir.resolve(names[0]), dir.resolve(names[1]), trainPerClass, classes, firstLabel);
        writePair(dir.resolve(names[2]), dir.resolve(names[3]), testPerClass, classes, firstLabel);
    }

    private static void writePair(Path images, Path labels, int perClass, int classes, int firstLabel)
            throws IOException {
        int n = perClass * classes;
        byte[] pixels = new byte[n * 28 * 28];
        byte[] labelBytes = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            labelBytes[i] = (byte) (c + firstLabel);
            pixels[i * 784 + c * 28] = (byte) (i % 200 + 1);
        }
        write(images, images(n, 28, 28, pixels));
        write(labels, labels(labelBytes));
    }
}
