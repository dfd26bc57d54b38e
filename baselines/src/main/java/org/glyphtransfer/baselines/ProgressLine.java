package org.glyphtransfer.baselines;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.glyphtransfer.transfer.train.TrainingListener;

/**
 * Periodic progress lines for work that takes minutes: while Tribuo trains (it reports nothing, so
 * the line says how long it has been running), and while test images are predicted in chunks (with
 * the share done and an estimate of the time left).
 */
final class ProgressLine {
    /** Seconds between two lines. */
    static final long PERIOD_SECONDS = 15;

    private final TrainingListener listener;
    private final long start = System.nanoTime();
    private long lastLine = start;

    ProgressLine(TrainingListener listener) {
        this.listener = listener;
    }

    /**
     * Runs work, telling every {@link #PERIOD_SECONDS} seconds that it still runs.
     *
     * @param listener where the lines go
     * @param what e.g. "training knn on 60,000 images"
     * @param work the work
     * @param <T> its result
     * @return its result
     */
    static <T> T whileRunning(TrainingListener listener, String what, Supplier<T> work) {
        long start = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glyph-baseline-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(
                () -> listener.onMessage(what + ": " + duration(seconds(start)) + " so far"),
                PERIOD_SECONDS,
                PERIOD_SECONDS,
                TimeUnit.SECONDS);
        try {
            return work.get();
        } finally {
            ticker.shutdownNow();
        }
    }

    /**
     * Reports a share of chunked work done, at most every {@link #PERIOD_SECONDS} seconds.
     *
     * @param what e.g. "predicting the test images"
     * @param done units done
     * @param total units in all
     */
    void done(String what, long done, long total) {
        long now = System.nanoTime();
        if (done < total && (now - lastLine) / 1e9 < PERIOD_SECONDS) {
            return;
        }
        lastLine = now;
        double elapsed = seconds(start);
        double left = done == 0 ? Double.NaN : elapsed * (total - done) / done;
        listener.onMessage(String.format(
                Locale.ROOT,
                "%s: %,d/%,d (%.0f%%), %s elapsed%s",
                what,
                done,
                total,
                100.0 * done / Math.max(1, total),
                duration(elapsed),
                done < total && !Double.isNaN(left) ? ", about " + duration(left) + " left" : ""));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
