package org.glyphtransfer.spark.predict;

import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;

/** Writes MNIST test images (IDX, gzipped) as 28 × 28 grey PNG files, {@code <label>/<index>.png}. */
public final class MnistPngs {
    private MnistPngs() {}

    /**
     * @param mnist the folder with {@code t10k-images-idx3-ubyte.gz} and {@code t10k-labels-idx1-ubyte.gz}
     * @param target the folder to write into
     * @param count how many of the 10,000 test images, from the first
     * @return {@code target}
     */
    public static Path write(Path mnist, Path target, int count) {
        try (DataInputStream images = open(mnist.resolve("t10k-images-idx3-ubyte.gz"));
                DataInputStream labels = open(mnist.resolve("t10k-labels-idx1-ubyte.gz"))) {
            images.readInt();
            int n = images.readInt();
            int rows = images.readInt();
            int cols = images.readInt();
            labels.readInt();
            labels.readInt();
            byte[] pixels = new byte[rows * cols];
            for (int i = 0; i < Math.min(count, n); i++) {
                images.readFully(pixels);
                int label = labels.readUnsignedByte();
                BufferedImage image = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_GRAY);
                image.getRaster().setDataElements(0, 0, cols, rows, pixels);
                Path file = target.resolve(Integer.toString(label)).resolve(String.format("%05d.png", i));
                Files.createDirectories(file.getParent());
                ImageIO.write(image, "png", file.toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        return new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    }
}
