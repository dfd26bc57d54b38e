package org.glyphtransfer.transfer.grid;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.glyphtransfer.transfer.report.Palette;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A grid's plot. When every point has an images-per-class budget: accuracy against images per
 * class (log scale), one line per group of the other labels, transfer solid and scratch dashed,
 * with mean ± one standard deviation shaded when there are several seeds. Otherwise: final
 * accuracy per point as bars, scratch next to it.
 */
final class GridPlot {
    private static final BasicStroke DASHED =
            new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);

    private GridPlot() {}

    static byte[] png(String title, List<PointSummary> summary) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Chart<?, ?> chart =
                summary.stream().allMatch(s -> s.point().hasBudget()) ? byBudget(title, summary) : bars(title, summary);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", bytes);
        return bytes.toByteArray();
    }

    private static XYChart byBudget(String title, List<PointSummary> summary) {
        XYChart chart = new XYChartBuilder()
                .width(900)
                .height(560)
                .title(title)
                .xAxisTitle("training images per class (log scale)")
                .yAxisTitle("test accuracy")
                .build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisLogarithmicDecadeOnly(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(7);
        // The axis spans the means, not the bands: one collapsed seed's spread would squeeze every line into a sliver.
        double lowest = summary.stream()
                .flatMap(s -> Stream.of(s.last(), s.scratch()))
                .filter(Objects::nonNull)
                .mapToDouble(MeanStd::mean)
                .min()
                .orElse(0);
        chart.getStyler().setYAxisMin(Math.max(0, Math.floor((lowest - 0.02) * 20) / 20));
        chart.getStyler().setYAxisMax(1.0);
        Map<String, List<PointSummary>> groups = new LinkedHashMap<>();
        for (PointSummary s : summary) {
            groups.computeIfAbsent(String.join(" ", s.point().labels().values()), k -> new ArrayList<>())
                    .add(s);
        }
        int i = 0;
        for (Map.Entry<String, List<PointSummary>> g : groups.entrySet()) {
            List<PointSummary> rows = new ArrayList<>(g.getValue());
            rows.sort(Comparator.comparingDouble(GridPlot::x));
            Color colour = Palette.series(i++);
            line(chart, name(g.getKey(), "transfer"), rows, PointSummary::last, colour, null);
            if (rows.stream().allMatch(s -> s.scratch() != null)) {
                line(
                        chart,
                        name(g.getKey(), "scratch"),
                        rows,
                        PointSummary::scratch,
                        groups.size() == 1 ? Palette.SCRATCH : colour,
                        DASHED);
            }
        }
        return chart;
    }

    /** One line, and its ± one standard deviation band when there are several seeds. */
    private static void line(
            XYChart chart,
            String name,
            List<PointSummary> rows,
            Function<PointSummary, MeanStd> stat,
            Color colour,
            BasicStroke stroke) {
        double[] x = rows.stream().mapToDouble(GridPlot::x).toArray();
        double[] mean = rows.stream().mapToDouble(s -> stat.apply(s).mean()).toArray();
        if (rows.stream().anyMatch(s -> s.seeds() > 1)) {
            int n = rows.size();
            double[] bx = new double[2 * n];
            double[] by = new double[2 * n];
            for (int k = 0; k < n; k++) {
                MeanStd m = stat.apply(rows.get(k));
                bx[k] = x[k];
                by[k] = Math.min(1, m.mean() + m.std());
                bx[2 * n - 1 - k] = x[k];
                by[2 * n - 1 - k] = Math.max(0, m.mean() - m.std());
            }
            XYSeries band = chart.addSeries(name + " ± std", bx, by);
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 45));
            band.setLineColor(new Color(0, 0, 0, 0));
            band.setMarker(SeriesMarkers.NONE);
            band.setShowInLegend(false);
        }
        XYSeries s = chart.addSeries(name, x, mean);
        s.setLineColor(colour);
        s.setMarkerColor(colour);
        s.setMarker(SeriesMarkers.CIRCLE);
        // Set even when solid: past a few series XChart would otherwise cycle to dotted lines.
        s.setLineStyle(stroke != null ? stroke : SeriesLines.SOLID);
    }

    /** Images per class used; a budget when none was recorded, so the log axis always has a positive value. */
    private static double x(PointSummary s) {
        return s.trainPerClass() > 0 ? s.trainPerClass() : Math.max(1, s.point().perClass());
    }

    private static String name(String group, String kind) {
        return group.isEmpty() ? kind : group + " " + kind;
    }

    private static CategoryChart bars(String title, List<PointSummary> summary) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(Math.max(700, 130 * summary.size()))
                .height(520)
                .title(title)
                .yAxisTitle("test accuracy")
                .build();
        chart.getStyler().setLabelsVisible(summary.stream().allMatch(s -> s.seeds() == 1));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setSeriesColors(new Color[] {Palette.series(0), Palette.SCRATCH});
        List<String> names = summary.stream().map(s -> s.point().name()).toList();
        boolean spread = summary.stream().anyMatch(s -> s.seeds() > 1);
        series(
                chart,
                "transfer",
                names,
                summary.stream().map(PointSummary::last).toList(),
                spread);
        if (summary.stream().allMatch(s -> s.scratch() != null)) {
            series(
                    chart,
                    "scratch",
                    names,
                    summary.stream().map(PointSummary::scratch).toList(),
                    spread);
        }
        return chart;
    }

    private static void series(
            CategoryChart chart, String name, List<String> names, List<MeanStd> stats, boolean spread) {
        List<Double> mean = stats.stream().map(MeanStd::mean).toList();
        if (spread) {
            chart.addSeries(name, names, mean, stats.stream().map(MeanStd::std).toList());
        } else {
            chart.addSeries(name, names, mean);
        }
    }
}
