package org.glyphtransfer.app.serve;

import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads and throws away what is left of a refused upload, up to a bound, before the refusal is
 * sent. A client still sending its body when the server answers and closes may see the connection
 * reset before it reads the answer; once its body has been read, it reads the 413 reliably. Bodies
 * beyond the bound are not read: the answer then goes out at once and the connection closes.
 */
final class DrainedBody implements Runnable {
    /** How much of a refused body is read to let the client see the answer: a little over the default limit. */
    static final long BOUND = 8L * 1024 * 1024;

    private final Content.Source source;
    private final long bound;
    private long read;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private DrainedBody(Content.Source source, long bound) {
        this.source = source;
        this.bound = bound;
    }

    /**
     * @param source the request
     * @param bound the most bytes to read and throw away
     * @return a future completed when the body has ended, failed, or passed the bound
     */
    static CompletableFuture<Void> drain(Content.Source source, long bound) {
        DrainedBody body = new DrainedBody(source, bound);
        body.run();
        return body.done;
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            boolean end = chunk.isLast() || Content.Chunk.isFailure(chunk);
            read += chunk.remaining();
            chunk.release();
            if (end || read > bound) {
                done.complete(null);
                return;
            }
        }
    }
}
