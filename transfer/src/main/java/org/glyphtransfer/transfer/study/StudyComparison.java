package org.glyphtransfer.transfer.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.PathRules;
import org.glyphtransfer.transfer.grid.CellResult;
import org.glyphtransfer.transfer.grid.GridPoint;
import org.glyphtransfer.transfer.grid.GridReports;
import org.glyphtransfer.transfer.grid.PointSummary;

/**
 * Finished data-efficiency studies side by side, e.g. one per source architecture on the same target:
 * one table with a {@code source} column and one plot with a transfer line (solid) and a scratch line
 * (dashed) per study, written as {@code comparison.md}, {@code .csv}, {@code .json} and {@code .png}.
 * The studies are only read; each keeps its own report.
 */
public final class StudyComparison {
    private final Map<String, Path> studies;
    private Path output;
    private String title = "Transfer vs. scratch by source";

    private StudyComparison(Map<String, Path> studies) {
        this.studies = new LinkedHashMap<>(studies);
    }

    /**
     * @param studies a name for each study (the plot's legend and the table's {@code source} column; letters,
     *     digits, {@code . _ -}) and its folder, in the order they are listed
     * @return a comparison to configure
     */
    public static StudyComparison of(Map<String, Path> studies) {
        return new StudyComparison(studies);
    }

    /** @param dir where the comparison's files go; apart from every study's folder @return this */
    public StudyComparison saveTo(Path dir) {
        this.output = dir;
        return this;
    }

    /** @param heading the report's heading and the plot's title @return this */
    public StudyComparison title(String heading) {
        this.title = heading;
        return this;
    }

    /**
     * Reads each study's {@code study.json} and writes the comparison.
     *
     * @return one summary per study and budget, study by study
     * @throws GlyphException when fewer than two studies are named, a name is not folder-safe, a study has no
     *     finished report, or the output folder is, contains or lies inside a study's folder
     */
    public List<PointSummary> run() {
        if (studies.size() < 2 || output == null) {
            throw new GlyphException("A comparison needs at least two studies and a folder to write to (saveTo).");
        }
        Map<String, Path> read = new LinkedHashMap<>();
        studies.forEach((name, dir) -> {
            if (!GridPoint.isFolderName(name)) {
                throw new GlyphException("Study name '" + name + "' names a line of the plot and a folder-safe column"
                        + " value; use letters, digits, '.', '_' and '-', e.g. lenet5.");
            }
            read.put("the study '" + name + "'", dir);
        });
        PathRules.requireApart("--out", output, read);
        List<GridPoint> points = new ArrayList<>();
        List<CellResult> cells = new ArrayList<>();
        for (Map.Entry<String, Path> study : studies.entrySet()) {
            Map<String, GridPoint> renamed = new LinkedHashMap<>();
            for (CellResult c : GridReports.readCells(study.getValue().resolve(DataEfficiencyStudy.REPORT + ".json"))) {
                GridPoint p = renamed.computeIfAbsent(c.point().name(), n -> labelled(study.getKey(), c.point()));
                cells.add(new CellResult(p, c.seed(), c.trainPerClass(), c.accuracy(), c.trainingSeconds()));
            }
            points.addAll(renamed.values());
        }
        return GridReports.write(output, "comparison", title, points, cells);
    }

    private static GridPoint labelled(String source, GridPoint p) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("source", source);
        labels.putAll(p.labels());
        return new GridPoint(source + "_" + p.name(), labels, p.perClass());
    }
}
