package org.glyphtransfer.spark.grid;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.grid.CellResult;
import org.glyphtransfer.transfer.grid.CellWork;
import org.glyphtransfer.transfer.grid.GridCell;
import org.glyphtransfer.transfer.grid.GridPoint;

/**
 * The Spark task of one grid cell: rebuilds the cell on the executor and runs the work. Cells in
 * one executor JVM run one after another because PyTorch's random generator and thread count are
 * process-wide: two trainings at once would draw from one generator, and neither would repeat
 * what its seed gives in a process of its own. Parallelism comes from executors
 * ({@code spark.executor.cores=1}, many executors), not from threads of one.
 */
final class CellTask implements Function<CellTask.Spec, CellTask.Outcome> {
    private static final long serialVersionUID = 1L;
    private static final Object ONE_TRAINING_PER_JVM = new Object();
    private static final AtomicInteger ACTIVE = new AtomicInteger();

    private final CellWork work;
    private final int maxAttempts;

    /**
     * @param work what a cell does
     * @param maxAttempts the attempts Spark makes of a task ({@code spark.task.maxFailures}); the
     *     last one reports a failure as the cell's outcome instead of failing the job, so the other
     *     cells run on
     */
    CellTask(CellWork work, int maxAttempts) {
        this.work = work;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public Outcome call(Spec spec) {
        GridCell cell = new GridCell(spec.point(), spec.seed(), Path.of(spec.folder()));
        TaskContext task = TaskContext.get();
        int attempt = task == null ? 1 : task.attemptNumber() + 1;
        ACTIVE.incrementAndGet();
        try {
            synchronized (ONE_TRAINING_PER_JVM) {
                // A task of a job that failed while this one waited is not started at all.
                if (task != null) {
                    task.killTaskIfInterrupted();
                }
                return Outcome.finished(spec.index(), CellResult.of(cell, work.run(cell)), attempt);
            }
        } catch (RuntimeException e) {
            String reason = e instanceof GlyphException && e.getMessage() != null ? e.getMessage() : e.toString();
            if (attempt >= maxAttempts) {
                return Outcome.failed(spec.index(), reason, attempt);
            }
            // Spark runs the task again.
            throw new GlyphException(
                    "Grid cell " + spec.point().name() + " seed " + spec.seed() + " failed (attempt " + attempt + " of "
                            + maxAttempts + "): " + reason,
                    e);
        } finally {
            ACTIVE.decrementAndGet();
        }
    }

    /**
     * Waits until no cell runs in this JVM. Spark does not stop a running task of a failed job, so
     * in an embedded session a training could otherwise go on beside whatever the driver does next.
     */
    static void awaitIdle() {
        while (ACTIVE.get() > 0) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * A cell as it travels to an executor (a {@link Path} is not serializable).
     *
     * @param index the cell's place in the list handed to the runner
     * @param point the point
     * @param seed the seed
     * @param folder the cell's folder
     */
    record Spec(int index, GridPoint point, long seed, String folder) implements Serializable {}

    /**
     * A cell's outcome as it travels back to the driver.
     *
     * @param index the cell's place in the list handed to the runner
     * @param result its result; null when it failed
     * @param error why its last attempt failed; null when it finished
     * @param attempts the attempts it took
     */
    record Outcome(int index, CellResult result, String error, int attempts) implements Serializable {
        static Outcome finished(int index, CellResult result, int attempts) {
            return new Outcome(index, result, null, attempts);
        }

        static Outcome failed(int index, String error, int attempts) {
            return new Outcome(index, null, error, attempts);
        }
    }
}
