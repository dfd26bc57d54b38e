package org.glyphtransfer.transfer.grid;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a grid's report: {@code PREFIX.md} (a table per point, and one per cell when there are
 * several seeds), {@code PREFIX.csv} (a row per point), {@code PREFIX.json} (both, as data) and
 * the plot {@code PREFIX.png}.
 */
final class GridReport {
    private static final List<String> CSV_VALUES = List.of(
            "perClass",
            "trainPerClass",
            "seeds",
            "headMean",
            "headStd",
            "finalMean",
            "finalStd",
            "scratchMean",
            "scratchStd",
            "gain");

    private GridReport() {}

    static void write(Path dir, String prefix, String title, GridResult result) throws IOException {
        List<PointSummary> summary = result.summary();
        List<String> columns = columns(summary);
        boolean budgets = summary.stream().anyMatch(s -> s.point().hasBudget());
        List<Long> seeds = java.util.stream.Stream.concat(
                        result.cells().stream().map(CellResult::seed),
                        result.runs().stream().map(CellRun::seed))
                .distinct()
                .sorted()
                .toList();
        StringBuilder md = new StringBuilder("# " + title + "\n\n");
        md.append(
                seeds.size() == 1
                        ? "Test accuracy, seed " + seeds.get(0) + ".\n\n"
                        : "Test accuracy, mean ± standard deviation over " + seeds.size() + " seeds " + seeds
                                + ".\n\n");
        md.append(header(columns, budgets, List.of("head only", "final", "scratch", "final − scratch")));
        List<String> csvHeader = new ArrayList<>(List.of("point"));
        csvHeader.addAll(columns);
        csvHeader.addAll(CSV_VALUES);
        StringBuilder csv = new StringBuilder(csvLine(csvHeader));
        for (PointSummary s : summary) {
            List<String> row = first(s.point(), columns, budgets ? s.budgetLabel() : null);
            row.addAll(List.of(
                    s.head().format(4),
                    s.last().format(4),
                    s.scratch() == null ? "–" : s.scratch().format(4),
                    s.gain().isPresent()
                            ? String.format(
                                    Locale.ROOT, "%+.1f points", 100 * s.gain().getAsDouble())
                            : "–"));
            md.append(mdLine(row));
            List<String> values = first(s.point(), columns, null);
            values.addAll(List.of(
                    budget(s.point()),
                    f(s.trainPerClass(), 2),
                    Integer.toString(s.seeds()),
                    f(s.head().mean(), 4),
                    f(s.head().std(), 4),
                    f(s.last().mean(), 4),
                    f(s.last().std(), 4),
                    s.scratch() == null ? "" : f(s.scratch().mean(), 4),
                    s.scratch() == null ? "" : f(s.scratch().std(), 4),
                    s.gain().isPresent() ? f(s.gain().getAsDouble(), 4) : ""));
            csv.append(csvLine(values));
        }
        md.append("\n![").append(title).append("](").append(prefix).append(".png)\n");
        if (seeds.size() > 1) {
            md.append("\n## Every cell\n\n")
                    .append(header(
                            columns,
                            budgets,
                            List.of("seed", "images per class used", "head only", "final", "scratch")));
            for (CellResult c : result.cells()) {
                List<String> row = first(c.point(), columns, budgets ? budget(c.point()) : null);
                Accuracy a = c.accuracy();
                row.addAll(List.of(
                        Long.toString(c.seed()),
                        f(c.trainPerClass(), 1),
                        f(a.head(), 4),
                        f(a.last(), 4),
                        a.scratch() == null ? "–" : f(a.scratch(), 4)));
                md.append(mdLine(row));
            }
        }
        md.append(runs(result.runs()));
        GridFiles.write(dir.resolve(prefix + ".md"), md.toString());
        GridFiles.write(dir.resolve(prefix + ".csv"), csv.toString());
        GridFiles.write(dir.resolve(prefix + ".json"), json(title, seeds, result));
        GridFiles.write(dir.resolve(prefix + ".png"), GridPlot.png(title, summary));
    }

    /** Title, seeds, the summary per point (with its gain) and every cell; no null or NaN values. */
    private static String json(String title, List<Long> seeds, GridResult result) {
        JsonObject json = new JsonObject();
        json.addProperty("title", title);
        json.add("seeds", GridFiles.GSON.toJsonTree(seeds));
        JsonArray summary = new JsonArray();
        for (PointSummary s : result.summary()) {
            JsonObject row = GridFiles.GSON.toJsonTree(s).getAsJsonObject();
            s.gain().ifPresent(g -> row.addProperty("gain", g));
            summary.add(row);
        }
        json.add("summary", summary);
        json.add("cells", GridFiles.GSON.toJsonTree(result.cells()));
        json.add("runs", GridFiles.GSON.toJsonTree(result.runs()));
        return GridFiles.GSON.toJson(json);
    }

    /** The cells that ran in this call: the attempts each took, and why a failed one failed. */
    private static String runs(List<CellRun> runs) {
        if (runs.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Cells run this time\n\n| point | seed | attempts | outcome |\n");
        md.append("|---|---|---|---|\n");
        for (CellRun r : runs) {
            md.append(mdLine(List.of(
                    r.point(),
                    Long.toString(r.seed()),
                    Integer.toString(r.attempts()),
                    r.finished()
                            ? "finished"
                            : "failed: " + r.error().replace("|", "\\|").replace("\n", " "))));
        }
        return md.toString();
    }

    /** The label columns, in the order the points first name them. */
    private static List<String> columns(List<PointSummary> summary) {
        Set<String> columns = new LinkedHashSet<>();
        summary.forEach(s -> columns.addAll(s.point().labels().keySet()));
        return new ArrayList<>(columns);
    }

    /** The point's name, its labels and, when not null, its budget: the first cells of a row. */
    private static List<String> first(GridPoint point, List<String> columns, String budget) {
        List<String> cells = new ArrayList<>(List.of(point.name()));
        columns.forEach(c -> cells.add(point.labels().getOrDefault(c, "")));
        if (budget != null) {
            cells.add(budget);
        }
        return cells;
    }

    private static String budget(GridPoint p) {
        return !p.hasBudget() ? "" : p.perClass() == 0 ? "all" : Integer.toString(p.perClass());
    }

    private static String header(List<String> columns, boolean budgets, List<String> values) {
        List<String> names = new ArrayList<>(List.of("point"));
        names.addAll(columns);
        if (budgets) {
            names.add("images per class");
        }
        names.addAll(values);
        return mdLine(names) + "|---".repeat(names.size()) + "|\n";
    }

    private static String mdLine(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String csvLine(List<String> cells) {
        return String.join(",", cells.stream().map(GridReport::csvField).toList()) + "\n";
    }

    private static String csvField(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String f(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
