package org.glyphtransfer.baselines;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.glyphtransfer.transfer.report.Palette;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The comparison's plot: test accuracy against training time (log scale), one marker per model, a
 * circle for a network and a diamond for a classic baseline.
 */
final class ComparisonPlot {
    private ComparisonPlot() {}

    static byte[] png(String title, List<Comparison.Entry> entries) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder()
                .width(900)
                .height(560)
                .title(title)
                .xAxisTitle("training time, seconds (log scale)")
                .yAxisTitle("test accuracy")
                .build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisLogarithmicDecadeOnly(true);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(11);
        int i = 0;
        for (Comparison.Entry e : entries) {
            // A method that trains in no measurable time still gets a point on the log axis.
            double seconds = Math.max(e.trainingSeconds(), 0.01);
            XYSeries s = chart.addSeries(
                    String.format("%s %.1f%%", e.name(), 100 * e.accuracy()),
                    new double[] {seconds},
                    new double[] {e.accuracy()});
            boolean network = e.kind().equals("network");
            s.setMarker(network ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
            s.setMarkerColor(e.name().equals("scratch") ? Palette.SCRATCH : Palette.series(i++));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", bytes);
        return bytes.toByteArray();
    }
}
