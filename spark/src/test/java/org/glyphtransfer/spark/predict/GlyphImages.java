package org.glyphtransfer.spark.predict;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** Scan-like PNGs of three drawn shapes (bar, cross, ring) with jitter, dark ink on light paper. */
public final class GlyphImages {
    static final String[] CLASSES = {"I", "X", "O"};

    private GlyphImages() {}

    /** A letter-folders dataset: Training/ and Testing/ with {@code perClass} images of each class. */
    public static Path dataset(Path root, int perClass, long seed) {
        Random random = new Random(seed);
        for (String split : new String[] {"Training", "Testing"}) {
            for (int c = 0; c < CLASSES.length; c++) {
                for (int i = 0; i < perClass; i++) {
                    write(root.resolve(split).resolve(CLASSES[c]).resolve(CLASSES[c] + i + ".png"), c, random);
                }
            }
        }
        return root;
    }

    /** {@code count} images spread over nested folders, class by class in turn. */
    public static Path folder(Path root, int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            write(root.resolve("batch-" + (i % 4)).resolve("scan-" + i + ".png"), i % CLASSES.length, random);
        }
        return root;
    }

    public static void write(Path file, int shape, Random random) {
        int w = 28 + random.nextInt(12);
        int h = 32 + random.nextInt(12);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int paper = 200 + random.nextInt(40);
        g.setColor(new Color(paper, paper, paper));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(20 + random.nextInt(40), 20 + random.nextInt(40), 40 + random.nextInt(40)));
        g.setStroke(new BasicStroke(2 + random.nextInt(3)));
        int dx = random.nextInt(5) - 2;
        int dy = random.nextInt(5) - 2;
        switch (shape) {
            case 0 -> g.drawLine(w / 2 + dx, 5 + dy, w / 2 - dx, h - 6 + dy);
            case 1 -> {
                g.drawLine(6 + dx, 6 + dy, w - 7 + dx, h - 7 + dy);
                g.drawLine(w - 7 + dx, 6 + dy, 6 + dx, h - 7 + dy);
            }
            default -> g.drawOval(6 + dx, 6 + dy, w - 13, h - 13);
        }
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
