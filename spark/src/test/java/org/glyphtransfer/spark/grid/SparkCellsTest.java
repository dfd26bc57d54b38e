package org.glyphtransfer.spark.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.glyphtransfer.spark.predict.GlyphImages;
import org.glyphtransfer.transfer.grid.CellResult;
import org.glyphtransfer.transfer.grid.CellRun;
import org.glyphtransfer.transfer.grid.Grid;
import org.glyphtransfer.transfer.grid.GridPoint;
import org.glyphtransfer.transfer.grid.GridResult;
import org.glyphtransfer.transfer.grid.IncompleteGridException;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** A 2 models × 2 datasets × 2 seeds grid gives the same metrics as Spark tasks on local[2] as in this process. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkCellsTest {
    @TempDir
    static Path dir;

    static List<GridPoint> points = new ArrayList<>();
    static SparkSession spark;

    @BeforeAll
    static void prepare() {
        Path a = GlyphImages.dataset(dir.resolve("shapes-a"), 8, 21);
        Path b = GlyphImages.dataset(dir.resolve("shapes-b"), 8, 22);
        for (String model : List.of("linear", "mlp")) {
            for (Path data : List.of(a, b)) {
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("model", model);
                labels.put("data", data.toString());
                points.add(GridPoint.of(model + "_" + data.getFileName(), labels));
            }
        }
        // Two tries per task, as a cluster would retry a lost executor's task.
        spark = SparkSession.builder()
                .master("local[2,2]")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Grid grid(String name) {
        return Grid.of(points).seeds(List.of(1L, 2L)).saveTo(dir.resolve(name));
    }

    @Test
    @Order(2)
    void sparkTasksGiveTheMetricsOfTheLocalRunAndSkipFinishedCells() {
        GridResult local = grid("local").run(new TrainCell());
        GridResult distributed = grid("spark").runner(new SparkCells(spark)).run(new TrainCell());
        assertEquals(8, local.cells().size());
        assertEquals(8, distributed.ran());
        for (int i = 0; i < 8; i++) {
            CellResult l = local.cells().get(i);
            CellResult s = distributed.cells().get(i);
            assertEquals(l.point().name(), s.point().name());
            assertEquals(l.seed(), s.seed());
            assertEquals(l.accuracy(), s.accuracy(), l.point().name() + " seed " + l.seed());
            assertEquals(l.trainPerClass(), s.trainPerClass());
            // Stronger than an accuracy on a few dozen test images: the trained weights are the same bytes.
            Path cell = Path.of(l.point().name(), "seed-" + l.seed());
            assertEquals(
                    ModelFolder.readProvenance(dir.resolve("local").resolve(cell))
                            .parameterSha256(),
                    ModelFolder.readProvenance(dir.resolve("spark").resolve(cell))
                            .parameterSha256(),
                    cell.toString());
        }
        assertTrue(Files.exists(dir.resolve("spark").resolve("grid.md")));
        GridResult again = grid("spark").runner(new SparkCells(spark)).run(new TrainCell());
        assertEquals(0, again.ran(), "finished cells are skipped");
        assertEquals(distributed.cells(), again.cells());
    }

    /**
     * First, so the equality run also shows that a failed cell leaves no training running beside it.
     * On local[2,2] every task gets two attempts: the broken point fails both and is reported, the
     * flaky one finishes on its second, and the six other cells keep their results.
     */
    @Test
    @Order(1)
    void aCellThatKeepsFailingIsReportedAndARetriedCellFinishes() throws Exception {
        String broken = points.get(1).name();
        String flaky = points.get(2).name();
        Path folder = dir.resolve("failing");
        IncompleteGridException e = assertThrows(
                IncompleteGridException.class,
                () -> grid("failing")
                        .runner(new SparkCells(spark))
                        .run(new TrainCell(broken, flaky, dir.resolve("markers").toString())));
        assertEquals(
                "2 grid cells failed: " + broken + " seed 1 after 2 attempts: Dataset of " + broken
                        + " is broken on purpose; " + broken + " seed 2 after 2 attempts: Dataset of " + broken
                        + " is broken on purpose; the 6 finished cells are in " + folder.resolve("grid.md")
                        + ", and a rerun runs only what failed.",
                e.getMessage());
        GridResult r = e.result();
        assertEquals(6, r.cells().size());
        for (CellRun run : r.runs()) {
            int attempts = run.point().equals(broken) || run.point().equals(flaky) ? 2 : 1;
            assertEquals(attempts, run.attempts(), run.toString());
            assertEquals(run.point().equals(broken), !run.finished(), run.toString());
            assertEquals(
                    run.finished(),
                    Files.exists(folder.resolve(run.point())
                            .resolve("seed-" + run.seed())
                            .resolve("cell.json")));
        }
        String report = Files.readString(folder.resolve("grid.md"));
        assertTrue(report.contains("| " + flaky + " | 1 | 2 | finished |"), report);
        assertTrue(
                report.contains("| " + broken + " | 2 | 2 | failed: Dataset of " + broken + " is broken on purpose. |"),
                report);
        // A rerun runs only the failed cells.
        IncompleteGridException again = assertThrows(
                IncompleteGridException.class,
                () -> grid("failing").runner(new SparkCells(spark)).run(new TrainCell(broken, null, null)));
        assertEquals(2, again.result().runs().size());
        assertEquals(0, again.result().ran());
    }
}
