package org.glyphtransfer.app.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool that decodes uploads and runs the model: a fixed number of daemon threads and a bounded
 * queue that rejects at once when full, so a burst is answered 503 instead of piling up memory.
 */
final class PredictionWorkers {
    private PredictionWorkers() {}

    /** @param queueLimit predictions that may wait; 0 hands each one straight to an idle worker or rejects it */
    static ThreadPoolExecutor create(int workers, int queueLimit) {
        BlockingQueue<Runnable> queue =
                queueLimit == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueLimit);
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(
                workers,
                workers,
                0,
                TimeUnit.MILLISECONDS,
                queue,
                r -> {
                    Thread t = new Thread(r, "glyph-predict-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }
}
