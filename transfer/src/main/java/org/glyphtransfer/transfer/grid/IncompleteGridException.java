package org.glyphtransfer.transfer.grid;

import java.util.List;
import java.util.Locale;
import org.glyphtransfer.api.GlyphException;

/**
 * Thrown by {@link Grid#run} after its report is written when some cells failed for good: the
 * message names each failed cell, its attempts and its reason; {@link #result()} holds the cells
 * that finished, whose {@code cell.json} files are kept, so a rerun runs only the failed ones.
 */
public final class IncompleteGridException extends GlyphException {
    private static final long serialVersionUID = 1L;

    private final transient GridResult result;

    IncompleteGridException(GridResult result, String report) {
        super(message(result, report));
        this.result = result;
    }

    /** @return the grid's result: the finished cells and every run of this call */
    public GridResult result() {
        return result;
    }

    private static String message(GridResult result, String report) {
        List<CellRun> failed = result.failed();
        StringBuilder s = new StringBuilder();
        s.append(failed.size() == 1 ? "Grid cell " : failed.size() + " grid cells failed: ");
        for (int i = 0; i < failed.size(); i++) {
            CellRun r = failed.get(i);
            s.append(i == 0 ? "" : "; ")
                    .append(r.point())
                    .append(" seed ")
                    .append(r.seed())
                    .append(failed.size() == 1 ? " failed" : "")
                    .append(String.format(
                            Locale.ROOT, " after %d attempt%s: ", r.attempts(), r.attempts() == 1 ? "" : "s"))
                    .append(r.error().replaceAll("\\.\\s*$", ""));
        }
        int kept = result.cells().size();
        return s.append(String.format(
                        Locale.ROOT,
                        "; the %d finished cell%s %s in %s, and a rerun runs only what failed.",
                        kept,
                        kept == 1 ? "" : "s",
                        kept == 1 ? "is" : "are",
                        report))
                .toString();
    }
}
