package org.glyphtransfer.app;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.api.PluginRegistry;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.testing.RealData;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;

/**
 * Letter models trained once per test JVM through the real pipeline ({@code letter-folders},
 * MNIST-style preprocessing, {@code simple-cnn}): one on generated photos of the letters I, L, T
 * and X that needs no data, and one on the real letter scans when {@code GLYPH_DATA} is set.
 */
public final class LetterModels {
    /** Classes of the generated letters: straight strokes that a few epochs learn. */
    public static final String[] SYNTHETIC_CLASSES = {"I", "L", "T", "X"};

    private static Path temp;
    private static Path synthetic;
    private static Path syntheticData;
    private static Path real;

    private LetterModels() {}

    /** @return a runtime on the CPU that sees only class-path plugins, with the given data root */
    public static GlyphRuntime runtime(Path dataRoot) {
        return GlyphRuntime.builder()
                .optRegistry(PluginRegistry.builder().optUseEnvironment(false).build())
                .optDataRoot(DataRoot.of(dataRoot))
                .optEngine(CpuEngine.options(5))
                .build();
    }

    /** @return the folder of generated letter photos, {@code Training/<class>/} and {@code Testing/<class>/} */
    public static synchronized Path syntheticData() {
        if (syntheticData == null) {
            syntheticData = temp().resolve("synthetic-letters");
            Random random = new Random(17);
            for (String split : new String[] {"Training", "Testing"}) {
                for (String letter : SYNTHETIC_CLASSES) {
                    for (int i = 0; i < (split.equals("Training") ? 40 : 8); i++) {
                        write(
                                syntheticData.resolve(split).resolve(letter).resolve(letter + "_" + i + ".png"),
                                photo(letter, random));
                    }
                }
            }
        }
        return syntheticData;
    }

    /** @return a model folder trained on {@link #syntheticData()} */
    public static synchronized Path synthetic() {
        if (synthetic == null) {
            Path out = temp().resolve("synthetic-model");
            Pretraining.of(model("simple-cnn"))
                    .on(dataset("letter-folders", "root=" + syntheticData().toAbsolutePath()))
                    .epochs(6)
                    .batchSize(16)
                    .learningRate(0.002)
                    .saveTo(out)
                    .reports(Reports.NONE)
                    .runtime(runtime(temp()))
                    .run();
            synthetic = out;
        }
        return synthetic;
    }

    /** @return the real letter scans folder, when GLYPH_DATA is set and holds it */
    public static Optional<Path> realData() {
        return RealData.find()
                .map(data -> data.resolve("letters-scans"))
                .filter(scans -> Files.isDirectory(scans.resolve("Testing")));
    }

    /** @return a model folder trained from scratch on the real letter scans, when they are there */
    public static synchronized Optional<Path> real() {
        if (real == null && realData().isPresent()) {
            Path out = temp().resolve("letters-model");
            Pretraining.of(model("simple-cnn"))
                    .on(dataset("letter-folders", "root=letters-scans"))
                    .epochs(10)
                    .batchSize(32)
                    .learningRate(0.002)
                    .saveTo(out)
                    .reports(Reports.NONE)
                    .runtime(runtime(realData().get().getParent()))
                    .run();
            real = out;
        }
        return Optional.ofNullable(real);
    }

    /** A photo-like image of one letter: dark pen strokes of random width on light, uneven paper. */
    static BufferedImage photo(String letter, Random r) {
        int size = 36 + r.nextInt(16);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int paper = 190 + r.nextInt(50);
        g.setColor(new Color(paper, paper, paper - r.nextInt(15)));
        g.fillRect(0, 0, size, size);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int ink = 20 + r.nextInt(60);
        g.setColor(new Color(ink, ink, ink + r.nextInt(30)));
        g.setStroke(new BasicStroke(1.5f + 2.5f * r.nextFloat(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double m = size * (0.18 + 0.08 * r.nextDouble());
        double left = m + jitter(r, size);
        double right = size - m + jitter(r, size);
        double top = m + jitter(r, size);
        double bottom = size - m + jitter(r, size);
        double middle = (left + right) / 2 + jitter(r, size);
        switch (letter) {
            case "I" -> line(g, middle, top, middle + jitter(r, size), bottom);
            case "L" -> {
                line(g, left, top, left + jitter(r, size), bottom);
                line(g, left, bottom, right, bottom + jitter(r, size));
            }
            case "T" -> {
                line(g, left, top, right, top + jitter(r, size));
                line(g, middle, top, middle + jitter(r, size), bottom);
            }
            default -> {
                line(g, left, top, right, bottom);
                line(g, right, top, left, bottom);
            }
        }
        g.dispose();
        for (int i = 0; i < size * size / 12; i++) {
            int x = r.nextInt(size);
            int y = r.nextInt(size);
            int v = Math.max(0, Math.min(255, (image.getRGB(x, y) & 0xff) + r.nextInt(31) - 15));
            image.setRGB(x, y, new Color(v, v, v).getRGB());
        }
        return image;
    }

    private static double jitter(Random r, int size) {
        return (r.nextDouble() - 0.5) * size * 0.08;
    }

    private static void line(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
    }

    private static void write(Path file, BufferedImage image) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temp() {
        if (temp == null) {
            try {
                temp = Files.createTempDirectory("glyph-letter-models");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path created = temp;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(created)));
        }
        return temp;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort at exit: a leftover temp folder is harmless.
        }
    }
}
