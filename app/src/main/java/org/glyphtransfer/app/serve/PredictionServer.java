package org.glyphtransfer.app.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.predict.ImageDecoder;
import org.glyphtransfer.transfer.predict.Predictor;
import org.glyphtransfer.transfer.store.Provenance;

/**
 * The prediction web server on the JDK's {@link HttpServer}: the page at {@code /}, {@code POST
 * /api/predict} and {@code GET /api/model}. Safe by default: binds to 127.0.0.1, refuses uploads
 * over 5 MB (413) and images declaring more than 25 megapixels (400, from the header alone),
 * runs decoding and inference in a bounded pool whose full queue answers 503, and times out slow
 * requests.
 */
public final class PredictionServer implements AutoCloseable {
    /** Default upload limit: 5 MB. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    private final HttpServer http;
    private final ThreadPoolExecutor connections;
    private final ThreadPoolExecutor workers;

    private PredictionServer(HttpServer http, ThreadPoolExecutor connections, ThreadPoolExecutor workers) {
        this.http = http;
        this.connections = connections;
        this.workers = workers;
    }

    /**
     * @param predictor the model to serve; the caller closes it after the server
     * @return a builder
     */
    public static Builder builder(Predictor predictor) {
        return new Builder(
                        predictor::predict,
                        predictor.provenance(),
                        String.valueOf(predictor.modelDir().getFileName()))
                .optDecoder(predictor.decoder());
    }

    /**
     * @param classifier what classifies decoded uploads
     * @param provenance what {@code GET /api/model} describes
     * @param name the model's name on the page
     * @return a builder
     */
    public static Builder builder(Classifier classifier, Provenance provenance, String name) {
        return new Builder(classifier, provenance, name);
    }

    /** @return where the server listens */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** @return the page's address, e.g. {@code http://127.0.0.1:8080/} */
    public URI uri() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** @return prediction jobs waiting for a worker */
    int queuedJobs() {
        return workers.getQueue().size();
    }

    /** @return prediction jobs running now */
    int runningJobs() {
        return workers.getActiveCount();
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and frees the threads. */
    @Override
    public void close() {
        http.stop(1);
        workers.shutdownNow();
        connections.shutdownNow();
    }

    /** Builder of {@link PredictionServer}. */
    public static final class Builder {
        private final Classifier classifier;
        private final Provenance provenance;
        private final String name;
        private String host = "127.0.0.1";
        private int port = 8080;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        private int queueLimit = 64;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int defaultTopK = 5;
        private ImageDecoder decoder = ImageDecoder.defaults();

        private Builder(Classifier classifier, Provenance provenance, String name) {
            this.classifier = Objects.requireNonNull(classifier, "classifier");
            this.provenance = Objects.requireNonNull(provenance, "provenance");
            this.name = Objects.requireNonNull(name, "name");
        }

        /** @param h interface to bind; default 127.0.0.1, so only this machine can connect @return this builder */
        public Builder optHost(String h) {
            this.host = Objects.requireNonNull(h, "host");
            return this;
        }

        /** @param p TCP port; 0 picks a free one; default 8080 @return this builder */
        public Builder optPort(int p) {
            this.port = p;
            return this;
        }

        /** @param bytes largest accepted upload; default 5 MB @return this builder */
        public Builder optMaxUploadBytes(long bytes) {
            this.maxUploadBytes = bytes;
            return this;
        }

        /** @param n threads that decode and predict; default the cores, at most 4 @return this builder */
        public Builder optWorkers(int n) {
            this.workers = n;
            return this;
        }

        /** @param n predictions that may wait for a worker before new ones get 503; default 64 @return this builder */
        public Builder optQueueLimit(int n) {
            this.queueLimit = n;
            return this;
        }

        /** @param t longest a request may take to arrive, or to be answered; default 30 s @return this builder */
        public Builder optRequestTimeout(Duration t) {
            this.requestTimeout = Objects.requireNonNull(t, "timeout");
            return this;
        }

        /** @param k classes listed when a request gives no {@code top}; default 5 @return this builder */
        public Builder optDefaultTopK(int k) {
            this.defaultTopK = k;
            return this;
        }

        /** @param d decoder and its pixel limits; default {@link ImageDecoder#defaults()} @return this builder */
        public Builder optDecoder(ImageDecoder d) {
            this.decoder = Objects.requireNonNull(d, "decoder");
            return this;
        }

        /**
         * Binds and starts serving.
         *
         * @return the running server; close it to stop
         * @throws GlyphException when the host is unknown or the port is taken
         */
        public PredictionServer start() {
            check();
            InetSocketAddress address = resolve();
            JdkServerTimeouts.apply(requestTimeout);
            ThreadPoolExecutor pool = new ThreadPoolExecutor(
                    workers,
                    workers,
                    0,
                    TimeUnit.MILLISECONDS,
                    queue(queueLimit),
                    threads("glyph-predict"),
                    new ThreadPoolExecutor.AbortPolicy());
            // Each admitted prediction holds a connection thread while it waits; a few more answer 503s and pages.
            int connectionThreads = workers + queueLimit + 4;
            ThreadPoolExecutor connections = new ThreadPoolExecutor(
                    connectionThreads,
                    connectionThreads,
                    30,
                    TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(4 * connectionThreads),
                    threads("glyph-http"),
                    new ThreadPoolExecutor.AbortPolicy());
            connections.allowCoreThreadTimeOut(true);
            HttpServer http;
            try {
                http = HttpServer.create(address, 64);
            } catch (BindException e) {
                pool.shutdownNow();
                connections.shutdownNow();
                throw new GlyphException(
                        "Port " + port + " on " + host + " is taken (" + e.getMessage()
                                + "); pick another with --port, or 0 for any free port.",
                        e);
            } catch (IOException e) {
                pool.shutdownNow();
                connections.shutdownNow();
                throw new GlyphException("Cannot listen on " + host + ":" + port + " (" + e.getMessage() + ").", e);
            }
            http.setExecutor(connections);
            http.createContext(
                    PredictRoute.PATH,
                    new GuardedHandler(
                            Set.of("POST"),
                            new PredictRoute(classifier, decoder, pool, maxUploadBytes, requestTimeout, defaultTopK)));
            Map<String, Object> info = ModelInfo.of(name, provenance, limits());
            http.createContext("/api/model", new GuardedHandler(Set.of("GET", "HEAD"), exchange -> {
                if (!"/api/model".equals(exchange.getRequestURI().getPath())) {
                    throw new HttpError(
                            404,
                            "Nothing is served at " + exchange.getRequestURI().getPath() + ".");
                }
                Exchanges.sendJson(exchange, 200, info);
            }));
            http.createContext("/", new GuardedHandler(Set.of("GET", "HEAD"), new StaticFiles()));
            http.start();
            return new PredictionServer(http, connections, pool);
        }

        private Map<String, Object> limits() {
            Map<String, Object> limits = new LinkedHashMap<>();
            limits.put("maxUploadBytes", maxUploadBytes);
            limits.put("maxPixels", decoder.maxPixels());
            limits.put("maxSide", decoder.maxSide());
            limits.put("defaultTop", defaultTopK);
            return limits;
        }

        private void check() {
            if (port < 0 || port > 65535) {
                throw new GlyphException(
                        "Port " + port + " is not a TCP port; use 1 to 65535, or 0 for any free port.");
            }
            if (workers < 1
                    || queueLimit < 0
                    || maxUploadBytes < 1
                    || defaultTopK < 1
                    || requestTimeout.toMillis() < 1) {
                throw new GlyphException(
                        "Server settings workers=" + workers + ", queue=" + queueLimit + ", maxUpload="
                                + maxUploadBytes + ", top=" + defaultTopK + ", timeout=" + requestTimeout
                                + " are out of range; workers, upload, top and timeout must be positive and the queue at least 0.");
            }
        }

        private InetSocketAddress resolve() {
            try {
                return new InetSocketAddress(InetAddress.getByName(host), port);
            } catch (UnknownHostException e) {
                throw new GlyphException(
                        "Host '" + host
                                + "' is unknown; use 127.0.0.1 (this machine only) or an address of this machine.",
                        e);
            }
        }

        private static BlockingQueue<Runnable> queue(int limit) {
            return limit == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(limit);
        }

        private static ThreadFactory threads(String prefix) {
            AtomicInteger count = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }
}
