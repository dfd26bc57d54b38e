package org.glyphtransfer.transfer.report;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.DataSplit;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.transfer.TrainedModel;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.train.EpochStats;
import org.glyphtransfer.transfer.train.PhaseOutcome;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's PNG plots: confusion heatmap, loss and accuracy curves, misclassified samples. */
final class Plots {
    private static final int GRID_COLUMNS = 8;
    private static final int GRID_MAX = 48;
    private static final int SCALE = 3;

    private Plots() {}

    /** Confusion matrix as a heatmap: true class down, predicted class across, counts in cells. */
    static void confusion(Path file, Evaluation e) throws IOException {
        List<String> names = e.classNames();
        int k = names.size();
        int side = Math.max(520, 60 + 34 * k);
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(side + 120)
                .height(side)
                .title(String.format(
                        Locale.ROOT,
                        "Confusion matrix, %s accuracy %.2f%% (rows true, columns predicted)",
                        e.split(),
                        100 * e.accuracy()))
                .build();
        chart.setXAxisTitle("predicted");
        chart.setYAxisTitle("true");
        chart.getStyler()
                .setShowValue(k <= 30)
                .setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, k > 15 ? 9 : 12))
                .setRangeColors(new Color[] {new Color(247, 251, 255), new Color(107, 174, 214), new Color(8, 48, 107)})
                .setMin(0);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        int[][] m = e.confusion();
        List<Number[]> cells = new ArrayList<>();
        int max = 1;
        // Row 0 at the top: XChart draws y upwards, so rows are listed bottom-up.
        for (int row = 0; row < k; row++) {
            for (int col = 0; col < k; col++) {
                cells.add(new Number[] {col, k - 1 - row, m[row][col]});
                max = Math.max(max, m[row][col]);
            }
        }
        chart.getStyler().setMax(max);
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        chart.addSeries("count", names, reversed, cells);
        save(file, BitmapEncoder.getBufferedImage(chart));
    }

    /** Loss (left) and accuracy (right) per epoch, one colour per phase, train solid and validation dashed. */
    static void curves(Path file, TrainedModel model, TrainedModel baseline) throws IOException {
        XYChart loss = new XYChartBuilder()
                .width(860)
                .height(460)
                .title("Loss per epoch")
                .xAxisTitle("epoch")
                .yAxisTitle("loss")
                .build();
        XYChart accuracy = new XYChartBuilder()
                .width(860)
                .height(460)
                .title("Accuracy per epoch")
                .xAxisTitle("epoch")
                .yAxisTitle("accuracy")
                .build();
        for (XYChart c : List.of(loss, accuracy)) {
            // Outside the plot: inside, the legend hides the curves where they end up (top right for accuracy).
            c.getStyler()
                    .setLegendPosition(Styler.LegendPosition.OutsideE)
                    .setChartBackgroundColor(Color.WHITE)
                    .setMarkerSize(4);
        }
        addRun(loss, accuracy, model, null);
        if (baseline != null) {
            addRun(loss, accuracy, baseline, Palette.SCRATCH);
        }
        BufferedImage left = BitmapEncoder.getBufferedImage(loss);
        BufferedImage right = BitmapEncoder.getBufferedImage(accuracy);
        BufferedImage both = new BufferedImage(
                left.getWidth() + right.getWidth(),
                Math.max(left.getHeight(), right.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth(), 0, null);
        g.dispose();
        save(file, both);
    }

    private static void addRun(XYChart loss, XYChart accuracy, TrainedModel run, Color only) {
        int offset = 0;
        int index = 0;
        for (PhaseOutcome o : run.phases()) {
            Color colour = only != null ? only : Palette.series(index++);
            List<EpochStats> epochs = o.phase().epochs();
            if (epochs.isEmpty()) {
                continue;
            }
            double[] x = new double[epochs.size()];
            double[][] y = new double[4][epochs.size()];
            for (int i = 0; i < epochs.size(); i++) {
                EpochStats s = epochs.get(i);
                x[i] = offset + s.epoch();
                y[0][i] = s.trainLoss();
                y[1][i] = s.validationLoss();
                y[2][i] = s.trainAccuracy();
                y[3][i] = s.validationAccuracy();
            }
            String name = o.phase().name();
            // The training loss of a label-smoothed phase has a floor above 0 and is not comparable to the validation
            // loss.
            String trainLoss = o.phase().phase().labelSmoothing() > 0 ? " train (smoothed targets)" : " train";
            addPair(loss, name + trainLoss, name, x, new double[][] {y[0], y[1]}, colour);
            addPair(accuracy, name + " train", name, x, new double[][] {y[2], y[3]}, colour);
            offset += epochs.size();
        }
    }

    /** A phase's training curve (solid) and validation curve (dashed, with markers): {@code trainAndValidation} holds both. */
    private static void addPair(
            XYChart chart, String trainName, String name, double[] x, double[][] trainAndValidation, Color colour) {
        double[] validation = trainAndValidation[1];
        XYSeries t = chart.addSeries(trainName, x, trainAndValidation[0]);
        t.setMarker(SeriesMarkers.NONE);
        t.setLineColor(colour);
        XYSeries v = chart.addSeries(name + " validation", x, validation);
        v.setMarker(SeriesMarkers.CIRCLE);
        v.setLineColor(colour);
        v.setMarkerColor(colour);
        v.setLineStyle(
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
    }

    /** Up to 48 wrong test predictions: the image the model saw, true → predicted, confidence. */
    static void misclassified(Path file, Evaluation e, DataSplit test) throws IOException {
        int[] predictions = e.predictions();
        int[] labels = e.labels();
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < predictions.length && wrong.size() < GRID_MAX; i++) {
            if (predictions[i] != labels[i]) {
                wrong.add(i);
            }
        }
        long[] shape = test.images().getShape().getShape();
        int h = (int) shape[2];
        int w = (int) shape[3];
        int cell = Math.max(w, h) * SCALE;
        int columns = Math.max(1, Math.min(GRID_COLUMNS, wrong.size()));
        int rows = Math.max(1, (wrong.size() + columns - 1) / columns);
        BufferedImage sheet =
                new BufferedImage(columns * (cell + 12) + 12, 40 + rows * (cell + 34), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(
                wrong.isEmpty() ? "No misclassified test samples." : "Misclassified test samples (true → predicted)",
                12,
                24);
        float[] pixels = wrong.isEmpty() ? new float[0] : gather(test.images(), wrong);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        List<String> names = e.classNames();
        for (int n = 0; n < wrong.size(); n++) {
            int x0 = 12 + (n % columns) * (cell + 12);
            int y0 = 40 + (n / columns) * (cell + 34);
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int v = Math.round(255 * Math.max(0, Math.min(1, pixels[n * h * w + y * w + x])));
                    img.getRaster().setSample(x, y, 0, v);
                }
            }
            g.drawImage(img, x0, y0, cell, cell, null);
            int i = wrong.get(n);
            g.setColor(new Color(160, 0, 0));
            g.drawString(names.get(labels[i]) + " → " + names.get(predictions[i]), x0, y0 + cell + 14);
            g.setColor(Color.BLACK);
        }
        g.dispose();
        save(file, sheet);
    }

    /** Copies the chosen samples' first channel out of the split tensor in one gather. */
    private static float[] gather(NDArray images, List<Integer> indices) {
        long[] idx = indices.stream().mapToLong(Integer::longValue).toArray();
        try (NDManager scope = images.getManager().newSubManager()) {
            NDArray picked = images.get(new NDIndex("{}, 0", scope.create(idx)));
            picked.attach(scope);
            return picked.toFloatArray();
        }
    }

    private static void save(Path file, BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        AtomicFiles.write(file, bytes.toByteArray());
    }
}
