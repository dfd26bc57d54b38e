package org.glyphtransfer.transfer.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.grid.Accuracy;
import org.glyphtransfer.transfer.grid.CellResult;
import org.glyphtransfer.transfer.grid.GridPoint;
import org.glyphtransfer.transfer.grid.GridReports;
import org.glyphtransfer.transfer.grid.PointSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Studies put side by side: the comparison's summary equals each study's own, point for point; the
 * studies are only read; and what cannot be compared is refused with its name.
 */
class StudyComparisonTest {
    private static final List<GridPoint> BUDGETS = List.of(
            new GridPoint("perClass-8", Map.of(), 8),
            new GridPoint("perClass-16", Map.of(), 16),
            new GridPoint("perClass-all", Map.of(), 0));

    @TempDir
    Path dir;

    /** A finished study's report as the study writes it, with accuracies that rise with the budget. */
    private Path study(String name, double transferAt8, double scratchAt8) {
        List<CellResult> cells = new ArrayList<>();
        for (int b = 0; b < BUDGETS.size(); b++) {
            GridPoint p = BUDGETS.get(b);
            for (long seed = 1; seed <= 3; seed++) {
                double step = 0.02 * b + 0.003 * seed;
                cells.add(new CellResult(
                        p,
                        seed,
                        p.perClass() == 0 ? 72 : p.perClass(),
                        new Accuracy(0.5 + step, transferAt8 + step, scratchAt8 + step),
                        10 * (b + 1)));
            }
        }
        Path folder = dir.resolve(name);
        GridReports.write(folder, "study", "Transfer vs. scratch on letters", BUDGETS, cells);
        return folder;
    }

    @Test
    void eachSourceKeepsItsOwnSummaryUnderItsName() throws IOException {
        Path simple = study("study-simple", 0.91, 0.88);
        Path lenet = study("study-lenet", 0.90, 0.84);
        byte[] before = Files.readAllBytes(simple.resolve("study.json"));
        Map<String, Path> studies = new LinkedHashMap<>();
        studies.put("simple-cnn", simple);
        studies.put("lenet5", lenet);

        List<PointSummary> summary =
                StudyComparison.of(studies).saveTo(dir.resolve("both")).run();

        assertEquals(6, summary.size());
        List<PointSummary> own = PointSummary.of(BUDGETS, GridReports.readCells(lenet.resolve("study.json")));
        for (int i = 0; i < 3; i++) {
            PointSummary compared = summary.get(3 + i);
            assertEquals("lenet5", compared.point().labels().get("source"));
            assertEquals(own.get(i).point().perClass(), compared.point().perClass());
            assertEquals(own.get(i).last(), compared.last());
            assertEquals(own.get(i).scratch(), compared.scratch());
        }
        assertEquals(0.06, summary.get(3).gain().getAsDouble(), 1e-9, "lenet5 at 8 per class: 0.906 vs 0.846");
        String md = Files.readString(dir.resolve("both/comparison.md"));
        assertTrue(md.contains("| source |"), md);
        assertTrue(md.contains("| simple-cnn | 8 |") && md.contains("| lenet5 | all |"), md);
        assertEquals(
                1 + 6, Files.readAllLines(dir.resolve("both/comparison.csv")).size());
        assertTrue(ImageIO.read(dir.resolve("both/comparison.png").toFile()).getWidth() > 0);
        assertArrayEquals(before, Files.readAllBytes(simple.resolve("study.json")), "a study is only read");
    }

    @Test
    void whatCannotBeComparedIsRefusedByName() {
        Path simple = study("study-simple", 0.91, 0.88);
        Map<String, Path> missing = new LinkedHashMap<>();
        missing.put("simple-cnn", simple);
        missing.put("lenet5", dir.resolve("never-ran"));
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> StudyComparison.of(missing).saveTo(dir.resolve("out")).run());
        assertTrue(e.getMessage().contains("never-ran" + java.io.File.separator + "study.json"), e.getMessage());

        Map<String, Path> two = new LinkedHashMap<>();
        two.put("simple-cnn", simple);
        two.put("lenet5", study("study-lenet", 0.90, 0.84));
        e = assertThrows(
                GlyphException.class,
                () -> StudyComparison.of(two)
                        .saveTo(simple.resolve("comparison"))
                        .run());
        assertTrue(e.getMessage().contains("lies inside the study 'simple-cnn'"), e.getMessage());
        assertTrue(Files.notExists(simple.resolve("comparison")));

        e = assertThrows(
                GlyphException.class,
                () -> StudyComparison.of(Map.of("only", simple))
                        .saveTo(dir.resolve("out"))
                        .run());
        assertTrue(e.getMessage().contains("at least two studies"), e.getMessage());
    }
}
