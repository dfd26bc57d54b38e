package org.glyphtransfer.datasets.folders;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Draws simple letter-like shapes as scans would show them: dark pen on light paper. */
public final class LetterImages {
    private LetterImages() {}

    /**
     * @param shape 0 = a "V", 1 = a box, 2 = an arc, 3 = a cross
     * @param width image width
     * @param height image height
     * @param type a {@link BufferedImage} type: RGB, ARGB or BYTE_GRAY
     * @param variant shifts the drawing so images of one class differ
     * @return the image, paper grey 200, ink grey 60 (on ARGB: ink on a transparent background)
     */
    public static BufferedImage draw(int shape, int width, int height, int type, int variant) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (type != BufferedImage.TYPE_INT_ARGB) {
            g.setColor(new Color(200, 200, 200));
            g.fillRect(0, 0, width, height);
        }
        g.setColor(new Color(60, 60, 60));
        g.setStroke(new BasicStroke(Math.max(1f, width / 20f)));
        int dx = variant % 3;
        int x0 = width / 4 + dx;
        int x1 = width * 3 / 4 + dx;
        int y0 = height / 5;
        int y1 = height * 4 / 5;
        switch (shape) {
            case 0 -> {
                g.drawLine(x0, y0, (x0 + x1) / 2, y1);
                g.drawLine((x0 + x1) / 2, y1, x1, y0);
            }
            case 1 -> g.drawRect(x0, y0, x1 - x0, y1 - y0);
            case 2 -> g.drawArc(x0, y0, x1 - x0, y1 - y0, 45, 270);
            default -> {
                g.drawLine(x0, y0, x1, y1);
                g.drawLine(x0, y1, x1, y0);
            }
        }
        g.dispose();
        return image;
    }

    /** Writes an image in the format its file name ends with. */
    public static Path write(BufferedImage image, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String name = file.getFileName().toString();
        String format = name.substring(name.lastIndexOf('.') + 1);
        BufferedImage out = image;
        if ((format.equals("jpg") || format.equals("bmp")) && image.getType() == BufferedImage.TYPE_INT_ARGB) {
            out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        if (!ImageIO.write(out, format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
        return file;
    }

    /**
     * Writes {@code perClass} images of every class into {@code dir/<class>/}, cycling through
     * formats and colour models; class i gets shape i % 4.
     */
    public static void writeClasses(Path dir, String[] classes, int perClass) throws IOException {
        String[] formats = {"png", "jpg", "bmp", "gif", "PNG"};
        int[] types = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY};
        for (int c = 0; c < classes.length; c++) {
            for (int i = 0; i < perClass; i++) {
                int size = 30 + 7 * i;
                BufferedImage image = draw(c % 4, size, size + i % 5, types[i % types.length], i);
                write(
                        image,
                        dir.resolve(classes[c])
                                .resolve(String.format("%s_%02d.%s", classes[c], i, formats[i % formats.length])));
            }
        }
    }
}
