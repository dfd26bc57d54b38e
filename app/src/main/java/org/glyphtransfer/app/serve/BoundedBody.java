package org.glyphtransfer.app.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Gathers a request body of at most a limit without holding a thread while the client sends: it
 * reads what has arrived and asks Jetty to call it again when more does. Past the limit it stops
 * reading and completes with {@link TooLarge}, leaving the rest unread (the answer closes the
 * connection), rather than failing the request as Jetty's own size-limited readers do, which
 * would answer 500 instead of 413.
 */
final class BoundedBody implements Runnable {
    /** The body went past the limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final Content.Source source;
    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    private BoundedBody(Content.Source source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    /** @return the whole body, or a future failed with {@link TooLarge} or the client's read failure */
    static CompletableFuture<byte[]> read(Content.Source source, long limit) {
        BoundedBody body = new BoundedBody(source, limit);
        body.run();
        return body.result;
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                result.completeExceptionally(chunk.getFailure());
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            boolean last = chunk.isLast();
            int n = buffer.remaining();
            if (bytes.size() + (long) n > limit) {
                chunk.release();
                result.completeExceptionally(new TooLarge());
                return;
            }
            byte[] copy = new byte[n];
            buffer.get(copy);
            bytes.write(copy, 0, n);
            chunk.release();
            if (last) {
                result.complete(bytes.toByteArray());
                return;
            }
        }
    }
}
