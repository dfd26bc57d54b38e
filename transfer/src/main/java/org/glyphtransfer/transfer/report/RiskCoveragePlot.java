package org.glyphtransfer.transfer.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.glyphtransfer.transfer.eval.Evaluation;
import org.glyphtransfer.transfer.eval.RiskCoverage;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Accuracy of the answered samples against the share answered, when only predictions at or above a
 * confidence are answered: the whole curve, and the report table's thresholds as labelled points.
 */
final class RiskCoveragePlot {
    private static final int MAX_POINTS = 300;

    private RiskCoveragePlot() {}

    static void write(Path file, Evaluation e) throws IOException {
        XYChart chart = new XYChartBuilder()
                .width(860)
                .height(520)
                .title(String.format(
                        Locale.ROOT,
                        "Risk–coverage, %s (%d samples): accuracy of the answers vs share answered",
                        e.split(),
                        e.samples()))
                .xAxisTitle("coverage (share of samples answered)")
                .yAxisTitle("accuracy of the answered samples")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW).setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0);
        double[][] curve = curve(e);
        if (curve[0].length > 0) {
            XYSeries all = chart.addSeries("every threshold", curve[0], curve[1]);
            all.setMarker(SeriesMarkers.NONE);
            all.setLineColor(Palette.series(0));
        }
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (RiskCoverage r : e.riskCoverage()) {
            if (r.answered() > 0) {
                x.add(r.coverage());
                y.add(r.accuracy());
            }
        }
        if (!x.isEmpty()) {
            XYSeries points = chart.addSeries("table thresholds (0, 0.5 … 0.999)", x, y);
            points.setMarker(SeriesMarkers.CIRCLE);
            points.setLineColor(new Color(0, 0, 0, 0));
            points.setMarkerColor(Palette.series(1));
        }
        if (curve[0].length == 0) {
            chart.addSeries("no samples", new double[] {0}, new double[] {0});
        }
        org.glyphtransfer.api.io.AtomicFiles.write(
                file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    }

    /** Coverage and accuracy after answering the k most confident samples, for up to MAX_POINTS values of k. */
    private static double[][] curve(Evaluation e) {
        float[] confidence = e.confidences();
        int[] predictions = e.predictions();
        int[] labels = e.labels();
        int n = confidence.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -confidence[i]));
        int step = Math.max(1, n / MAX_POINTS);
        List<double[]> points = new ArrayList<>();
        int right = 0;
        for (int k = 1; k <= n; k++) {
            int i = order[k - 1];
            right += predictions[i] == labels[i] ? 1 : 0;
            if (k % step == 0 || k == n) {
                points.add(new double[] {k / (double) n, right / (double) k});
            }
        }
        double[][] out = new double[2][points.size()];
        for (int p = 0; p < points.size(); p++) {
            out[0][p] = points.get(p)[0];
            out[1][p] = points.get(p)[1];
        }
        return out;
    }
}
