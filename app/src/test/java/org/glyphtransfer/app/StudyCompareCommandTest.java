package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.transfer.grid.Accuracy;
import org.glyphtransfer.transfer.grid.CellResult;
import org.glyphtransfer.transfer.grid.GridPoint;
import org.glyphtransfer.transfer.grid.GridReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glyph study compare}: one row per study and budget, and one-sentence refusals with exit 2. */
class StudyCompareCommandTest {
    @TempDir
    Path dir;

    private Path study(String name, double transfer, double scratch) {
        GridPoint p = new GridPoint("perClass-16", Map.of(), 16);
        List<CellResult> cells = List.of(
                new CellResult(p, 1, 16, new Accuracy(0.6, transfer, scratch), 30),
                new CellResult(p, 2, 16, new Accuracy(0.6, transfer + 0.01, scratch + 0.01), 30));
        GridReports.write(dir.resolve(name), "study", "letters", List.of(p), cells);
        return dir.resolve(name);
    }

    @Test
    void printsOneRowPerStudyAndWritesTheReport() {
        CliRun run = CliRun.of(
                "study",
                "compare",
                "simple-cnn=" + study("a", 0.93, 0.92),
                "deep-bn-cnn=" + study("b", 0.95, 0.96),
                "--out",
                dir.resolve("cmp").toString());
        assertEquals(0, run.code, run.toString());
        assertTrue(
                run.row("simple-cnn")
                        .matches(
                                "simple-cnn\\s+16\\s+0\\.600 ± 0\\.000\\s+0\\.935 ± 0\\.007\\s+0\\.925 ± 0\\.007\\s+\\+1\\.0"),
                run.out);
        assertTrue(run.row("deep-bn-cnn").endsWith("-1.0"), run.out);
        assertTrue(Files.isRegularFile(dir.resolve("cmp/comparison.png")));
    }

    @Test
    void aStudyNotWrittenNameEqualsFolderIsRefused() {
        CliRun run = CliRun.of(
                "study",
                "compare",
                study("a", 0.93, 0.92).toString(),
                "b=" + study("b", 0.9, 0.9),
                "--out",
                dir.resolve("cmp").toString());
        assertEquals(2, run.code, run.toString());
        assertTrue(run.err.contains("is not written NAME=DIR, e.g. lenet5=runs/study-lenet5."), run.err);
        assertFalse(CliRun.hasStackTrace(run.err), run.err);
        assertFalse(Files.exists(dir.resolve("cmp")));
    }
}
