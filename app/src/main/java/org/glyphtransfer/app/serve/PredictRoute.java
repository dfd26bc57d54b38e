package org.glyphtransfer.app.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.predict.AnswerPolicy;
import org.glyphtransfer.transfer.predict.ClassScore;
import org.glyphtransfer.transfer.predict.ImageDecoder;
import org.glyphtransfer.transfer.predict.Prediction;

/**
 * {@code POST /api/predict}: the request body is the image file's bytes (PNG, JPEG, GIF or BMP;
 * any Content-Type but multipart, since the format is read from the bytes), {@code ?top=K},
 * {@code min-confidence=P} (answer "unknown" below it) and {@code classes=LIST} (answer only among
 * those, e.g. {@code A-Z}) optional. Reading happens on the connection's thread; decoding and the forward pass run in the
 * bounded worker pool, which answers 503 when its queue is full, and a request that waits longer
 * than the timeout gets 503 too.
 */
final class PredictRoute implements GuardedHandler.Route {
    static final String PATH = "/api/predict";
    private static final int MAX_TOP = 100;

    private final Classifier classifier;
    private final ImageDecoder decoder;
    private final ExecutorService workers;
    private final long maxUploadBytes;
    private final Duration timeout;
    private final int defaultTopK;

    PredictRoute(
            Classifier classifier,
            ImageDecoder decoder,
            ExecutorService workers,
            long maxUploadBytes,
            Duration timeout,
            int defaultTopK) {
        this.classifier = classifier;
        this.decoder = decoder;
        this.workers = workers;
        this.maxUploadBytes = maxUploadBytes;
        this.timeout = timeout;
        this.defaultTopK = defaultTopK;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            throw new HttpError(
                    404,
                    "Nothing is served at " + exchange.getRequestURI().getPath() + "; post images to " + PATH + ".");
        }
        // The body is read before anything else is judged, so no refusal leaves an upload unread on the connection.
        byte[] body = Exchanges.readBody(exchange, maxUploadBytes);
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                .toLowerCase(Locale.ROOT);
        // Only forms are refused: curl --data-binary labels raw bytes x-www-form-urlencoded, and the bytes decide
        // anyway.
        if (type.startsWith("multipart/")) {
            throw new HttpError(
                    415, "Send the image file's bytes as the request body (e.g. Content-Type: image/png), not a form.");
        }
        int topK = topK(Exchanges.queryParameter(exchange, "top"));
        AnswerPolicy policy = policy(
                Exchanges.queryParameter(exchange, "min-confidence"), Exchanges.queryParameter(exchange, "classes"));
        if (body.length == 0) {
            throw new HttpError(400, "The request body is empty; send the bytes of a PNG, JPEG, GIF or BMP image.");
        }
        long start = System.nanoTime();
        Prediction prediction = classifyInPool(body, topK, policy);
        Exchanges.sendJson(exchange, 200, json(prediction, (System.nanoTime() - start) / 1_000_000.0));
    }

    private int topK(String text) {
        if (text == null) {
            return defaultTopK;
        }
        try {
            int k = Integer.parseInt(text.trim());
            if (k >= 1 && k <= MAX_TOP) {
                return k;
            }
        } catch (NumberFormatException e) {
            // Answered below, as every other bad value.
        }
        throw new HttpError(
                400, "Query parameter top='" + text + "' must be a whole number from 1 to " + MAX_TOP + ".");
    }

    private static AnswerPolicy policy(String minConfidence, String classes) {
        double p = 0;
        if (minConfidence != null) {
            try {
                p = Double.parseDouble(minConfidence.trim());
            } catch (NumberFormatException e) {
                p = Double.NaN;
            }
            if (!(p >= 0 && p <= 1)) {
                throw new HttpError(
                        400, "Query parameter min-confidence='" + minConfidence + "' must be a number from 0 to 1.");
            }
        }
        if (classes != null && classes.isBlank()) {
            throw new HttpError(400, "Query parameter classes is empty; name classes like A-Z or O,0.");
        }
        return new AnswerPolicy(p, classes);
    }

    private Prediction classifyInPool(byte[] body, int topK, AnswerPolicy policy) {
        Future<Prediction> job;
        try {
            job = workers.submit(() -> classifier.classify(decoder.decode(body, "upload"), topK, policy));
        } catch (RejectedExecutionException e) {
            throw new HttpError(
                    503, "The server is busy (every worker and queue slot is taken); try again in a moment.");
        }
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new HttpError(503, "The prediction took longer than " + timeout.toSeconds() + " s; try again later.");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new HttpError(503, "The server is shutting down; try again later.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GlyphException user) {
                throw new HttpError(400, user.getMessage());
            }
            throw new IllegalStateException("Prediction failed", e.getCause());
        }
    }

    static Map<String, Object> json(Prediction p, double millis) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("predicted", p.answer());
        m.put("unknown", p.unknown());
        m.put("probability", p.best().probability());
        List<Map<String, Object>> top = new ArrayList<>();
        for (ClassScore s : p.top()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("class", s.name());
            entry.put("probability", s.probability());
            top.add(entry);
        }
        m.put("top", top);
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("width", p.inputWidth());
        seen.put("height", p.inputHeight());
        seen.put("png", Base64.getEncoder().encodeToString(p.inputPng()));
        m.put("preprocessed", seen);
        m.put("millis", Math.round(millis * 10) / 10.0);
        return m;
    }
}
