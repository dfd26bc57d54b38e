package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glyphtransfer.transfer.grid.PointSummary;

/** What the study commands print: one row per point, then where the report and its plot are. */
final class StudyTable {
    private StudyTable() {}

    /**
     * @param out where to print
     * @param summary the points, in the report's order
     * @param label the leading column, e.g. "SOURCE", or null for none
     * @param report the report's markdown file; its plot is the .png beside it
     */
    static void print(PrintWriter out, List<PointSummary> summary, String label, Path report) {
        List<String> header = new ArrayList<>(List.of("PER CLASS", "HEAD ONLY", "TRANSFER", "SCRATCH", "GAIN"));
        int first = label == null ? 0 : 1;
        if (label != null) {
            header.add(0, label);
        }
        TextTable t =
                new TextTable(header.toArray(String[]::new)).alignRight(first + 1, first + 2, first + 3, first + 4);
        for (PointSummary s : summary) {
            List<String> row = new ArrayList<>();
            if (label != null) {
                row.add(s.point().labels().get(label.toLowerCase(Locale.ROOT)));
            }
            row.addAll(List.of(
                    s.budgetLabel(),
                    s.head().format(3),
                    s.last().format(3),
                    s.scratch() == null ? "–" : s.scratch().format(3),
                    s.gain().isPresent()
                            ? String.format(Locale.ROOT, "%+.1f", 100 * s.gain().getAsDouble())
                            : "–"));
            t.row(row.toArray());
        }
        t.print(out);
        String name = report.getFileName().toString();
        out.println(name.substring(0, name.lastIndexOf('.')) + " written to " + report + " and "
                + report.resolveSibling(name.replaceAll("\\.md$", ".png")));
        out.flush();
    }
}
