package org.glyphtransfer.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.grid.GridPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a sweep file into grid points and seeds, without running anything. */
class SweepFileTest {
    @TempDir
    Path dir;

    private SweepFile sweep(String... lines) throws Exception {
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return SweepFile.load(file);
    }

    @Test
    void aPerClassEntryIsThePointsBudgetAndTheOtherEntriesAreLabels() throws Exception {
        SweepFile sweep = sweep(
                "base: base.yaml",
                "out: runs/x",
                "seeds: [1, 2, 3]",
                "grid:",
                "  pretrain.model: [simple-cnn, lenet5]",
                "  transfer.option.perClass: [8, all]");
        assertEquals(List.of(1L, 2L, 3L), sweep.seeds());
        List<GridPoint> points =
                SweepPoint.expand(sweep).stream().map(SweepPoint::gridPoint).toList();
        assertEquals(4, points.size());
        assertEquals(new GridPoint("simple-cnn_8", Map.of("pretrain.model", "simple-cnn"), 8), points.get(0));
        assertEquals(new GridPoint("lenet5_all", Map.of("pretrain.model", "lenet5"), 0), points.get(3));
    }

    @Test
    void withoutSeedsEachPointRunsOnceAndHasNoBudget() throws Exception {
        SweepFile sweep = sweep("base: base.yaml", "out: runs/x", "grid:", "  pretrain.model: [simple-cnn]");
        assertEquals(List.of(), sweep.seeds());
        assertEquals(-1, SweepPoint.expand(sweep).get(0).gridPoint().perClass());
    }

    @Test
    void seedsAreAListOfDifferentWholeNumbersAndNotAGridEntry() {
        for (String bad : List.of("seeds: 1", "seeds: [1, 1]", "seeds: [1.5]")) {
            GlyphException e = assertThrows(GlyphException.class, () -> sweep("base: base.yaml", "out: runs/x", bad));
            assertTrue(e.getMessage().contains("'seeds' must be a list of different whole numbers"), e.getMessage());
        }
        GlyphException grid = assertThrows(
                GlyphException.class, () -> sweep("base: base.yaml", "out: runs/x", "grid:", "  seed: [1, 2]"));
        assertTrue(grid.getMessage().contains("list the seeds under 'seeds'"), grid.getMessage());
    }

    @Test
    void aSweepFileIsReadWithTheExperimentFilesLimits() throws Exception {
        GlyphException binary =
                assertThrows(GlyphException.class, () -> sweep("base: !!binary aGVsbG8=", "out: runs/x"));
        assertTrue(binary.getMessage().startsWith("Sweep file "), binary.getMessage());
        assertTrue(binary.getMessage().contains("has a !!binary value at line 1"), binary.getMessage());
        GlyphException big =
                assertThrows(GlyphException.class, () -> sweep("base: base.yaml", "out: runs/x", "#".repeat(1 << 20)));
        assertTrue(big.getMessage().contains("is larger than 1 MiB"), big.getMessage());
        GlyphException seeds = assertThrows(
                GlyphException.class,
                () -> sweep("base: base.yaml", "out: runs/x", "seeds: [1, 1000000000000000000000000000000]"));
        assertTrue(
                seeds.getMessage().contains("'seeds' must be a list of different whole numbers"), seeds.getMessage());
    }
}
