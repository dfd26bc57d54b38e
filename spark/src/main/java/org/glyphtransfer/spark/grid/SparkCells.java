package org.glyphtransfer.spark.grid;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.grid.CellResult;
import org.glyphtransfer.transfer.grid.CellRunner;
import org.glyphtransfer.transfer.grid.CellWork;
import org.glyphtransfer.transfer.grid.GridCell;

/**
 * Runs a grid's cells as Spark tasks, one cell per task:
 * {@code Grid.of(points).seeds(seeds).saveTo(out).runner(new SparkCells(spark)).run(work)}.
 * The work must be {@link Serializable} (it is sent to the executors) and write into the cell's
 * folder on storage the driver sees too. Spark retries a failed task as its
 * {@code spark.task.maxFailures} says ({@code local[N,F]} for F tries on one machine); a cell that
 * keeps failing fails the grid with its name, and the cells that finished keep their results, so
 * a rerun skips them.
 *
 * <p>An executor JVM trains one cell at a time ({@link CellTask}), so that each cell's seed alone
 * decides its metrics: the same grid gives the same numbers here as in one process.
 */
public final class SparkCells implements CellRunner {
    private final SparkSession spark;

    /** @param spark the session to run the cells in */
    public SparkCells(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    @Override
    public void run(List<GridCell> cells, CellWork work, BiConsumer<GridCell, CellResult> finished) {
        if (cells.isEmpty()) {
            return;
        }
        if (!(work instanceof Serializable)) {
            throw new GlyphException("The grid's work (" + work.getClass().getName()
                    + ") cannot be sent to Spark executors; make the CellWork Serializable.");
        }
        List<CellTask.Spec> specs = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            GridCell c = cells.get(i);
            specs.add(new CellTask.Spec(i, c.point(), c.seed(), c.folder().toString()));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<CellTask.Outcome> outcomes;
        try {
            outcomes =
                    jsc.parallelize(specs, specs.size()).map(new CellTask(work)).collect();
        } catch (Exception e) { // Spark throws SparkException, a checked type, without declaring it
            CellTask.awaitIdle();
            throw failure(e);
        }
        for (CellTask.Outcome o : outcomes) {
            finished.accept(cells.get(o.index()), o.result());
        }
    }

    private static RuntimeException failure(Exception e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof GlyphException g) {
                return new GlyphException(g.getMessage(), e);
            }
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }
}
