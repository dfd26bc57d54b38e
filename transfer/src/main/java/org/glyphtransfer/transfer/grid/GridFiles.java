package org.glyphtransfer.transfer.grid;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.transfer.store.FiniteJson;

/** The files of a grid: each cell's {@code cell.json}, read back as a {@link CellResult}, and atomic writes. */
final class GridFiles {
    /** The file a finished cell keeps its result in. */
    static final String CELL_JSON = "cell.json";
    /** Pretty JSON without null fields, so a cell without a scratch baseline simply has no scratchAccuracy. */
    static final Gson GSON =
            FiniteJson.builder().setPrettyPrinting().disableHtmlEscaping().create();

    private GridFiles() {}

    /**
     * @param cell a cell
     * @return its result when it finished before, else null
     * @throws GlyphException when its {@code cell.json} is unreadable or does not belong to it
     */
    static CellResult readFinished(GridCell cell) {
        Path file = cell.folder().resolve(CELL_JSON);
        if (!Files.exists(file)) {
            return null;
        }
        CellResult r;
        try {
            r = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), CellResult.class);
        } catch (IOException | RuntimeException e) {
            // Gson's syntax errors, and a GlyphException from a record's checks, e.g. a point name that is not a folder
            // name.
            throw corrupt(file, cell, e);
        }
        if (r == null
                || r.point() == null
                || !r.point().name().equals(cell.point().name())
                || r.seed() != cell.seed()
                || r.accuracy() == null) {
            throw corrupt(file, cell, null);
        }
        return r;
    }

    private static GlyphException corrupt(Path file, GridCell cell, Exception cause) {
        return new GlyphException(
                "The cell result " + file + " is corrupt or belongs to another cell; delete the folder " + cell.folder()
                        + " to run that cell again.",
                cause);
    }

    /**
     * Writes a finished cell's {@code cell.json}.
     *
     * @param cell the cell
     * @param result its result
     * @throws IOException when it cannot be written
     */
    static void writeFinished(GridCell cell, CellResult result) throws IOException {
        write(cell.folder().resolve(CELL_JSON), GSON.toJson(result));
    }

    static void write(Path file, String text) throws IOException {
        AtomicFiles.write(file, text);
    }

    static void write(Path file, byte[] bytes) throws IOException {
        AtomicFiles.write(file, bytes);
    }
}
