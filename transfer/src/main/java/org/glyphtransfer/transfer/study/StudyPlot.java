package org.glyphtransfer.transfer.study;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.io.AtomicFiles;

/**
 * Accuracy against training images per class (log scale), one line for transfer and one for
 * scratch, each with its mean ± one standard deviation shaded.
 */
final class StudyPlot {
    private static final int W = 860;
    private static final int H = 540;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;

    private StudyPlot() {}

    static void write(Path file, String title, List<StudySummary> rows) throws IOException {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        double xMin = Math.log(rows.get(0).trainPerClass()) / Math.log(2);
        double xMax = Math.log(rows.get(rows.size() - 1).trainPerClass()) / Math.log(2);
        if (xMax - xMin < 1e-9) {
            xMin -= 1;
            xMax += 1;
        }
        double lo = 1;
        for (StudySummary s : rows) {
            lo = Math.min(lo, Math.min(s.transfer()[0] - s.transfer()[1], s.scratch()[0] - s.scratch()[1]));
        }
        double yMin = Math.max(0, Math.floor(lo * 10) / 10 - 0.05);
        double yMax = 1.0;
        Axes axes = new Axes(xMin - 0.3, xMax + 0.3, yMin, yMax);
        g.setColor(new Color(235, 235, 235));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double y = Math.ceil(yMin * 20) / 20; y <= yMax + 1e-9; y += 0.05) {
            g.setColor(new Color(232, 232, 232));
            g.drawLine(LEFT, axes.py(y), W - RIGHT, axes.py(y));
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.2f", y), LEFT - 40, axes.py(y) + 4);
        }
        for (StudySummary s : rows) {
            int x = axes.px(Math.log(s.trainPerClass()) / Math.log(2));
            g.setColor(new Color(232, 232, 232));
            g.drawLine(x, TOP, x, H - BOTTOM);
            g.setColor(Color.DARK_GRAY);
            String label = s.perClass() == 0 ? String.format(Locale.ROOT, "all (%.0f)", s.trainPerClass()) : Integer.toString(s.perClass());
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, H - BOTTOM + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM);
        series(g, axes, rows, StudySummary::scratch, new Color(214, 39, 40));
        series(g, axes, rows, StudySummary::transfer, new Color(31, 119, 180));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("training images per class (log scale)", W / 2 - 110, H - 25);
        g.rotate(-Math.PI / 2);
        g.drawString("test accuracy", -H / 2 - 40, 22);
        g.rotate(Math.PI / 2);
        legend(g, new Color(31, 119, 180), "transfer (mean ± std over seeds)", 0);
        legend(g, new Color(214, 39, 40), "scratch, same budget", 1);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private static void series(Graphics2D g, Axes a, List<StudySummary> rows, Function<StudySummary, double[]> stat, Color c) {
        int n = rows.size();
        Polygon band = new Polygon();
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            double[] ms = stat.apply(rows.get(i));
            xs[i] = a.px(Math.log(rows.get(i).trainPerClass()) / Math.log(2));
            ys[i] = a.py(ms[0]);
            band.addPoint(xs[i], a.py(Math.min(1, ms[0] + ms[1])));
        }
        for (int i = n - 1; i >= 0; i--) {
            double[] ms = stat.apply(rows.get(i));
            band.addPoint(xs[i], a.py(Math.max(0, ms[0] - ms[1])));
        }
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
        g.fillPolygon(band);
        g.setColor(c);
        g.setStroke(new BasicStroke(2.5f));
        g.drawPolyline(xs, ys, n);
        for (int i = 0; i < n; i++) {
            g.fillOval(xs[i] - 4, ys[i] - 4, 8, 8);
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void legend(Graphics2D g, Color c, String text, int row) {
        int x = W - RIGHT - 270;
        int y = H - BOTTOM - 50 + row * 20;
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
        g.fillRect(x, y - 9, 24, 12);
        g.setColor(c);
        g.fillRect(x, y - 4, 24, 3);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 32, y + 2);
    }

    /** Maps data coordinates to pixels. */
    private record Axes(double x0, double x1, double y0, double y1) {
        int px(double x) {
            return (int) Math.round(LEFT + (x - x0) / (x1 - x0) * (W - LEFT - RIGHT));
        }

        int py(double y) {
            return (int) Math.round(H - BOTTOM - (y - y0) / (y1 - y0) * (H - TOP - BOTTOM));
        }
    }
}
