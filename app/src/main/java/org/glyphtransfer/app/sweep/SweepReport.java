package org.glyphtransfer.app.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.io.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/** The comparison table of a sweep (Markdown, CSV) and its plot: accuracy vs. images per class when the grid varies perClass, else one bar pair per run. */
public final class SweepReport {
    private SweepReport() {}

    /**
     * Writes sweep.md, sweep.csv and sweep.png.
     *
     * @param dir the sweep folder
     * @param sweep the sweep
     * @param results every run
     * @throws IOException when a file cannot be written
     */
    public static void write(Path dir, SweepFile sweep, List<SweepResult> results) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> columns = new ArrayList<>(sweep.grid().keySet());
        StringBuilder md = new StringBuilder("# Sweep " + sweep.file().getFileName() + "\n\nBase experiment: `" + sweep.base()
                + "`; " + results.size() + " runs.\n\n| run | " + String.join(" | ", columns)
                + " | head only | transfer | scratch | transfer − scratch |\n|---|");
        md.append("---|".repeat(columns.size() + 4)).append('\n');
        StringBuilder csv = new StringBuilder("run," + String.join(",", columns) + ",headAccuracy,transferAccuracy,scratchAccuracy\n");
        for (SweepResult r : results) {
            md.append("| ").append(r.name()).append(" | ");
            for (String c : columns) {
                md.append(r.labels().get(c)).append(" | ");
                csv.append(csv.charAt(csv.length() - 1) == '\n' ? r.name() + "," : "").append(r.labels().get(c)).append(',');
            }
            if (columns.isEmpty()) {
                csv.append(r.name()).append(',');
            }
            md.append(String.format(Locale.ROOT, "%.4f | %.4f | %s | %s |%n", r.headAccuracy(), r.transferAccuracy(),
                    Double.isNaN(r.scratchAccuracy()) ? "–" : String.format(Locale.ROOT, "%.4f", r.scratchAccuracy()),
                    Double.isNaN(r.scratchAccuracy()) ? "–" : String.format(Locale.ROOT, "%+.1f points", 100 * (r.transferAccuracy() - r.scratchAccuracy()))));
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%s%n", r.headAccuracy(), r.transferAccuracy(),
                    Double.isNaN(r.scratchAccuracy()) ? "" : String.format(Locale.ROOT, "%.4f", r.scratchAccuracy())));
        }
        md.append("\n![sweep](sweep.png)\n");
        AtomicFiles.write(dir.resolve("sweep.md"), md.toString());
        AtomicFiles.write(dir.resolve("sweep.csv"), csv.toString());
        boolean byPerClass = results.stream().allMatch(r -> r.perClass() >= 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(byPerClass ? BitmapEncoder.getBufferedImage(perClassChart(results)) : BitmapEncoder.getBufferedImage(barChart(results)),
                "png", png);
        AtomicFiles.write(dir.resolve("sweep.png"), png.toByteArray());
    }

    /** Accuracy against images per class: one transfer line and one scratch line per other grid combination. */
    private static XYChart perClassChart(List<SweepResult> results) {
        XYChart chart = new XYChartBuilder().width(900).height(550).title("Test accuracy vs. training images per class")
                .xAxisTitle("training images per class (log scale)").yAxisTitle("test accuracy").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(7);
        Map<String, List<SweepResult>> groups = new LinkedHashMap<>();
        for (SweepResult r : results) {
            Map<String, String> rest = new LinkedHashMap<>(r.labels());
            rest.keySet().removeIf(k -> k.endsWith("perClass"));
            groups.computeIfAbsent(rest.isEmpty() ? "" : String.join(" ", rest.values()), k -> new ArrayList<>()).add(r);
        }
        groups.forEach((group, rows) -> {
            rows.sort((a, b) -> Double.compare(a.trainPerClass(), b.trainPerClass()));
            double[] x = rows.stream().mapToDouble(SweepResult::trainPerClass).toArray();
            XYSeries t = chart.addSeries(label(group, "transfer"), x, rows.stream().mapToDouble(SweepResult::transferAccuracy).toArray());
            if (rows.stream().noneMatch(r -> Double.isNaN(r.scratchAccuracy()))) {
                XYSeries s = chart.addSeries(label(group, "scratch"), x, rows.stream().mapToDouble(SweepResult::scratchAccuracy).toArray());
                s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
                s.setLineColor(t.getLineColor());
                s.setMarkerColor(t.getLineColor());
            }
        });
        return chart;
    }

    /** Final accuracy of every run, transfer next to scratch. */
    private static CategoryChart barChart(List<SweepResult> results) {
        CategoryChart chart = new CategoryChartBuilder().width(Math.max(700, 120 * results.size())).height(500)
                .title("Test accuracy per run").yAxisTitle("test accuracy").build();
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        List<String> names = results.stream().map(SweepResult::name).toList();
        chart.addSeries("transfer", names, results.stream().map(SweepResult::transferAccuracy).toList());
        if (results.stream().noneMatch(r -> Double.isNaN(r.scratchAccuracy()))) {
            chart.addSeries("scratch", names, results.stream().map(SweepResult::scratchAccuracy).toList());
        }
        return chart;
    }

    private static String label(String group, String kind) {
        return group.isEmpty() ? kind : group + " " + kind;
    }
}
