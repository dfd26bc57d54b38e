package org.glyphtransfer.transfer.grid;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.api.GlyphException;

/**
 * A grid's report files as data: the cells a finished report holds, read back from its JSON, and a
 * report written for cells gathered from several grids. Reading never changes the report.
 */
public final class GridReports {
    private GridReports() {}

    /**
     * @param reportJson a report's JSON file, e.g. {@code study.json} or {@code sweep.json}
     * @return the results of every cell it lists, in its order
     * @throws GlyphException naming the file when it is missing, unreadable or not a grid report
     */
    public static List<CellResult> readCells(Path reportJson) {
        if (!Files.isRegularFile(reportJson)) {
            throw new GlyphException("There is no grid report " + reportJson
                    + "; name the folder of a finished study or sweep, which holds its report.");
        }
        try {
            JsonElement cells = JsonParser.parseString(Files.readString(reportJson, StandardCharsets.UTF_8))
                    .getAsJsonObject()
                    .get("cells");
            List<CellResult> read = GridFiles.GSON.fromJson(cells, new TypeToken<List<CellResult>>() {}.getType());
            if (read == null
                    || read.isEmpty()
                    || read.stream().anyMatch(c -> c == null || c.point() == null || c.accuracy() == null)) {
                throw new IllegalStateException("no cells");
            }
            return List.copyOf(read);
        } catch (IOException | RuntimeException e) {
            throw new GlyphException(
                    "The grid report " + reportJson + " is unreadable or lists no finished cells; run its study"
                            + " or sweep again to rewrite it.",
                    e);
        }
    }

    /**
     * Writes {@code <prefix>.md}, {@code .csv}, {@code .json} and {@code .png} for the given cells,
     * as a grid that ran them would.
     *
     * @param dir the folder the files go in; made when missing
     * @param prefix names the files
     * @param title the report's heading and the plot's title
     * @param points the points, in table order; their labels become the table's columns
     * @param cells every cell's result; each belongs to one of the points
     * @return one summary per point
     * @throws GlyphException when a file cannot be written
     */
    public static List<PointSummary> write(
            Path dir, String prefix, String title, List<GridPoint> points, List<CellResult> cells) {
        List<PointSummary> summary = PointSummary.of(points, cells);
        write(dir, prefix, title, new GridResult(cells, summary, 0, List.of()));
        return summary;
    }

    /** Writes a grid's report files, making the folder when missing; an I/O failure becomes the user's message. */
    static void write(Path dir, String prefix, String title, GridResult result) {
        try {
            Files.createDirectories(dir);
            GridReport.write(dir, prefix, title, result);
        } catch (IOException e) {
            throw new GlyphException(
                    "Could not write the report " + dir.resolve(prefix + ".md") + ": " + e.getMessage() + ".", e);
        }
    }
}
