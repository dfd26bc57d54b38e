package org.glyphtransfer.app.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.predict.ImageDecoder;
import org.glyphtransfer.transfer.predict.Predictor;
import org.glyphtransfer.transfer.store.Provenance;

/**
 * The prediction web server on Jetty: the page at {@code /}, {@code POST /api/predict} and {@code
 * GET /api/model}. Safe by default: binds to 127.0.0.1, refuses uploads over 5 MB (413) and images
 * declaring more than 25 megapixels (400, from the header alone), runs decoding and inference in a
 * bounded pool whose full queue answers 503, times out slow predictions, reads requests without
 * holding a thread, closes connections that do not complete a request header within the header
 * deadline, caps the connections of one address, and answers every refusal, malformed requests
 * included, with one sentence of JSON.
 */
public final class PredictionServer implements AutoCloseable {
    /** Default upload limit: 5 MB. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    private final Server http;
    private final ServerConnector connector;
    private final ThreadPoolExecutor workers;

    private PredictionServer(Server http, ServerConnector connector, ThreadPoolExecutor workers) {
        this.http = http;
        this.connector = connector;
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
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
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
        try {
            http.stop();
        } catch (TimeoutException e) {
            // Requests still running after the grace period were cut off; the server has stopped.
        } catch (Exception e) {
            throw new IllegalStateException("The server did not stop cleanly", e);
        } finally {
            workers.shutdownNow();
        }
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
        private Duration headerTimeout = Duration.ofSeconds(10);
        private int maxConnectionsPerAddress = 32;
        private int maxConnections = 1024;
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

        /**
         * @param t longest a prediction may take, and longest a connection may stay silent while a body is sent;
         *     default 30 s
         * @return this builder
         */
        public Builder optRequestTimeout(Duration t) {
            this.requestTimeout = Objects.requireNonNull(t, "timeout");
            return this;
        }

        /**
         * @param t longest a connection may stay open without completing a request header (after it opens, or after
         *     its last answer); default 10 s
         * @return this builder
         */
        public Builder optHeaderTimeout(Duration t) {
            this.headerTimeout = Objects.requireNonNull(t, "header timeout");
            return this;
        }

        /** @param n open connections one client address may hold; default 32 @return this builder */
        public Builder optMaxConnectionsPerAddress(int n) {
            this.maxConnectionsPerAddress = n;
            return this;
        }

        /** @param n open connections in all, beyond which new ones wait to be accepted; default 1024 @return this builder */
        public Builder optMaxConnections(int n) {
            this.maxConnections = n;
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
            ThreadPoolExecutor pool = PredictionWorkers.create(workers, queueLimit);
            JettyFront.ConnectionLimits connections = new JettyFront.ConnectionLimits(
                    headerTimeout, requestTimeout, maxConnectionsPerAddress, maxConnections);
            JettyFront.Started started;
            try {
                started = JettyFront.start(address, connections, routes(pool));
            } catch (RuntimeException e) {
                pool.shutdownNow();
                throw e;
            }
            return new PredictionServer(started.server(), started.connector(), pool);
        }

        private Routes routes(ThreadPoolExecutor pool) {
            PredictRoute.Limits routeLimits = new PredictRoute.Limits(maxUploadBytes, requestTimeout, defaultTopK);
            Map<String, Object> info = ModelInfo.of(name, provenance, limits());
            return new Routes()
                    .add(Set.of("POST"), new PredictRoute(classifier, decoder, pool, routeLimits), PredictRoute.PATH)
                    .add(
                            Set.of("GET", "HEAD"),
                            (request, response, callback) -> Answers.json(response, callback, 200, info),
                            "/api/model")
                    .add(
                            Set.of("GET", "HEAD"),
                            new StaticFiles(),
                            StaticFiles.paths().toArray(String[]::new));
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
                    || maxConnectionsPerAddress < 1
                    || maxConnections < 1
                    || headerTimeout.toMillis() < 1
                    || maxUploadBytes < 1
                    || defaultTopK < 1
                    || requestTimeout.toMillis() < 1) {
                throw new GlyphException("Server settings workers=" + workers + ", queue=" + queueLimit + ", maxUpload="
                        + maxUploadBytes + ", top=" + defaultTopK + ", timeout=" + requestTimeout
                        + ", headerTimeout=" + headerTimeout + ", connections=" + maxConnections
                        + ", perAddress=" + maxConnectionsPerAddress
                        + " are out of range; all must be positive but the queue, which may be 0.");
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
    }
}
