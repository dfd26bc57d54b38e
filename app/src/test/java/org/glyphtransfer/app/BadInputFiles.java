package org.glyphtransfer.app;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;

/**
 * Writes the small, deliberately broken inputs of the bad-input matrix: IDX folders, A–Z CSV
 * files, letter folders and damaged copies of a model folder. Every file is generated; nothing
 * comes from the shared data.
 */
final class BadInputFiles {
    /** The canonical IDX names the {@code idx} plugin looks for. */
    static final String TRAIN_IMAGES = "train-images-idx3-ubyte";

    static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    private static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    private static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    private BadInputFiles() {}

    /**
     * A learnable IDX dataset: each class lights its own band of rows; training and test share the files.
     *
     * @param dir the folder to create
     * @param count images per file
     * @param side image height and width
     * @param classes number of classes (labels 0 … classes-1)
     * @return the folder
     */
    static Path idxDataset(Path dir, int count, int side, int classes) {
        byte[] images = idxImages(count, side, classes);
        byte[] labels = idxLabels(count, classes);
        write(dir.resolve(TRAIN_IMAGES), images);
        write(dir.resolve(TRAIN_LABELS), labels);
        write(dir.resolve(TEST_IMAGES), images);
        write(dir.resolve(TEST_LABELS), labels);
        return dir;
    }

    static byte[] idxImages(int count, int side, int classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0x00000803);
            out.writeInt(count);
            out.writeInt(side);
            out.writeInt(side);
            for (int i = 0; i < count; i++) {
                int label = i % classes;
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        boolean ink = y * classes / side == label && x > 2 && x < side - 3;
                        out.write(ink ? 200 + (i * 7 + x) % 56 : (x * y + i) % 23);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] idxLabels(int count, int classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0x00000801);
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                out.write(i % classes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A copy of an IDX folder whose training images are replaced by other bytes.
     *
     * @param good the intact folder
     * @param dir the copy to create
     * @param name the file to replace (it is deleted first, so a {@code .gz} spelling can take its place)
     * @param replacementName the name the new bytes get
     * @param bytes the new content
     * @return the copy
     */
    static Path idxVariant(Path good, Path dir, String name, String replacementName, byte[] bytes) {
        copyFolder(good, dir);
        try {
            Files.delete(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(dir.resolve(replacementName), bytes);
        return dir;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @return a valid A–Z CSV row: the label, then 784 pixels */
    static String csvRow(int label) {
        StringBuilder row = new StringBuilder().append(label);
        for (int p = 0; p < 784; p++) {
            row.append(',').append(p % 28 == label ? 255 : 0);
        }
        return row.toString();
    }

    /**
     * An A–Z CSV of 52 valid rows with one bad row put in as line {@code badLine} (1-based).
     *
     * @param file the file to write
     * @param badLine where the bad row goes
     * @param badRow the bad row
     * @return the file
     */
    static Path csvWithBadRow(Path file, int badLine, String badRow) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            rows.add(csvRow(i % 26));
        }
        rows.add(badLine - 1, badRow);
        write(file, (String.join("\n", rows) + "\n").getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    /**
     * A letter-folders dataset: {@code Training/<class>} and {@code Testing/<class>} with a few PNGs each.
     *
     * @param root the dataset folder
     * @param classes class names
     * @return the folder
     */
    static Path letterFolders(Path root, String... classes) {
        for (String split : List.of("Training", "Testing")) {
            for (String c : classes) {
                for (int i = 0; i < 3; i++) {
                    png(root.resolve(split).resolve(c).resolve(c + i + ".png"), i);
                }
            }
        }
        return root;
    }

    /** Dark ink on light paper, as a scan looks. */
    static void png(Path file, int variant) {
        BufferedImage image = new BufferedImage(32, 40, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(225, 225, 225));
        g.fillRect(0, 0, 32, 40);
        g.setColor(new Color(30, 30, 30));
        g.fillRect(8 + variant, 6, 4, 28);
        g.fillRect(8, 6 + 2 * variant, 16, 4);
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copyFolder(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (var files = Files.list(from)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the bytes with one flipped bit at {@code offset} */
    static byte[] flipBit(byte[] bytes, int offset) {
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        copy[offset] ^= 1;
        return copy;
    }
}
