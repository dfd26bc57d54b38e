package org.glyphtransfer.spark.grid;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.grid.CellOutcomes;
import org.glyphtransfer.transfer.grid.CellRunner;
import org.glyphtransfer.transfer.grid.CellWork;
import org.glyphtransfer.transfer.grid.GridCell;

/**
 * Runs a grid's cells as Spark tasks, one cell per task:
 * {@code Grid.of(points).seeds(seeds).saveTo(out).runner(new SparkCells(spark)).run(work)}.
 * The work must be {@link Serializable} (it is sent to the executors) and write into the cell's
 * folder on storage the driver sees too. Spark retries a failed task as its
 * {@code spark.task.maxFailures} says ({@code local[N,F]} for F tries on one machine, where
 * {@code local[N]} tries once); the last attempt of a cell that keeps failing reports the failure
 * as the cell's outcome rather than failing the job, so every other cell still runs and keeps its
 * result, and the grid reports the failed cell with its reason.
 *
 * <p>An executor JVM trains one cell at a time ({@link CellTask}), so that each cell's seed alone
 * decides its metrics: the same grid gives the same numbers here as in one process.
 */
public final class SparkCells implements CellRunner {
    private static final Pattern LOCAL_WITH_RETRIES = Pattern.compile("local\\[\\s*(?:\\d+|\\*)\\s*,\\s*(\\d+)\\s*]");
    private final SparkSession spark;
    private final boolean stopOnClose;

    /** @param spark the session to run the cells in; the caller stops it */
    public SparkCells(SparkSession spark) {
        this(spark, false);
    }

    /**
     * @param spark the session to run the cells in
     * @param stopOnClose whether {@link #close()} stops the session
     */
    public SparkCells(SparkSession spark, boolean stopOnClose) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.stopOnClose = stopOnClose;
    }

    @Override
    public void close() {
        if (stopOnClose) {
            spark.stop();
        }
    }

    @Override
    public void run(List<GridCell> cells, CellWork work, CellOutcomes outcomes) {
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
        List<CellTask.Outcome> collected;
        try {
            collected = jsc.parallelize(specs, specs.size())
                    .map(new CellTask(work, maxAttempts(spark.sparkContext())))
                    .collect();
        } catch (Exception e) { // Spark throws SparkException, a checked type, without declaring it
            CellTask.awaitIdle();
            throw failure(e);
        }
        for (CellTask.Outcome o : collected) {
            if (o.error() == null) {
                outcomes.finished(cells.get(o.index()), o.result(), o.attempts());
            } else {
                outcomes.failed(cells.get(o.index()), o.error(), o.attempts());
            }
        }
    }

    /**
     * The attempts Spark makes of a task, as {@code SparkContext} decides them: {@code local[N,F]}
     * says F, other local masters try once, a cluster's {@code spark.task.maxFailures} (4 by default).
     */
    static int maxAttempts(SparkContext sc) {
        String master = sc.master();
        Matcher m = LOCAL_WITH_RETRIES.matcher(master);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        if (master.equals("local") || master.startsWith("local[")) {
            return 1;
        }
        return sc.conf().getInt("spark.task.maxFailures", 4);
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
