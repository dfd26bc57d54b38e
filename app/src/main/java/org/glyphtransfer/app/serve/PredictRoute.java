package org.glyphtransfer.app.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.predict.AnswerPolicy;
import org.glyphtransfer.transfer.predict.ClassScore;
import org.glyphtransfer.transfer.predict.ImageDecoder;
import org.glyphtransfer.transfer.predict.Prediction;

/**
 * {@code POST /api/predict}: the request body is the image file's bytes (PNG, JPEG, GIF or BMP;
 * any Content-Type but multipart, since the format is read from the bytes), {@code ?top=K},
 * {@code min-confidence=P} (answer "unknown" below it) and {@code classes=LIST} (answer only among
 * those, e.g. {@code A-Z}) optional. The body is gathered without holding a thread; decoding and the forward pass run in
 * the bounded worker pool, which answers 503 when its queue is full, and a prediction that takes
 * longer than the timeout gets 503 too.
 */
final class PredictRoute implements Routes.Route {
    static final String PATH = "/api/predict";
    private static final int MAX_TOP = 100;

    /** What the route needs besides the model: its limits and where the work runs. */
    record Limits(long maxUploadBytes, Duration timeout, int defaultTopK) {}

    private final Classifier classifier;
    private final ImageDecoder decoder;
    private final ExecutorService workers;
    private final Limits limits;

    PredictRoute(Classifier classifier, ImageDecoder decoder, ExecutorService workers, Limits limits) {
        this.classifier = classifier;
        this.decoder = decoder;
        this.workers = workers;
        this.limits = limits;
    }

    @Override
    public void handle(Request request, Response response, Callback callback) {
        long declared = request.getLength();
        if (declared > limits.maxUploadBytes() + DrainedBody.BOUND) {
            throw tooLarge(Answers.megabytes(declared));
        }
        if (declared > limits.maxUploadBytes()) {
            String message = tooLarge(Answers.megabytes(declared)).getMessage();
            DrainedBody.drain(request, DrainedBody.BOUND)
                    .whenComplete((drained, failure) -> Answers.error(response, callback, 413, message));
            return;
        }
        String type = String.valueOf(request.getHeaders().get(HttpHeader.CONTENT_TYPE))
                .toLowerCase(Locale.ROOT);
        // Only forms are refused: curl --data-binary labels raw bytes x-www-form-urlencoded, and the bytes decide
        // anyway.
        if (type.startsWith("multipart/")) {
            throw new HttpError(
                    415, "Send the image file's bytes as the request body (e.g. Content-Type: image/png), not a form.");
        }
        int topK = topK(request);
        AnswerPolicy policy = policy(request);
        BoundedBody.read(request, limits.maxUploadBytes()).whenComplete((body, failure) -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof BoundedBody.TooLarge) {
                HttpError refusal = tooLarge("more than " + Answers.megabytes(limits.maxUploadBytes()));
                DrainedBody.drain(request, DrainedBody.BOUND)
                        .whenComplete((drained, f) -> Answers.error(response, callback, 413, refusal.getMessage()));
            } else if (cause instanceof TimeoutException) {
                Answers.error(
                        response,
                        callback,
                        408,
                        "The upload stalled for longer than " + limits.timeout().toSeconds()
                                + " s; send the whole image in one go.");
            } else if (cause != null) {
                // The client went away; there is nobody left to answer.
                callback.failed(cause);
            } else if (body.length == 0) {
                Answers.error(
                        response,
                        callback,
                        400,
                        "The request body is empty; send the bytes of a PNG, JPEG, GIF or BMP image.");
            } else {
                classify(body, topK, policy, request, response, callback);
            }
        });
    }

    private HttpError tooLarge(String size) {
        return new HttpError(
                413,
                "The upload is " + size + ", over the limit of " + Answers.megabytes(limits.maxUploadBytes())
                        + "; send a smaller image (a letter needs well under 1 MB).");
    }

    private int topK(Request request) {
        Fields.Field field = Request.extractQueryParameters(request).get("top");
        if (field == null) {
            return limits.defaultTopK();
        }
        String text = field.getValue();
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

    private static AnswerPolicy policy(Request request) {
        Fields query = Request.extractQueryParameters(request);
        Fields.Field minConfidence = query.get("min-confidence");
        Fields.Field classes = query.get("classes");
        double p = 0;
        if (minConfidence != null) {
            try {
                p = Double.parseDouble(minConfidence.getValue().trim());
            } catch (NumberFormatException e) {
                p = Double.NaN;
            }
            if (!(p >= 0 && p <= 1)) {
                throw new HttpError(
                        400,
                        "Query parameter min-confidence='" + minConfidence.getValue()
                                + "' must be a number from 0 to 1.");
            }
        }
        if (classes != null && classes.getValue().isBlank()) {
            throw new HttpError(400, "Query parameter classes is empty; name classes like A-Z or O,0.");
        }
        return new AnswerPolicy(p, classes == null ? null : classes.getValue());
    }

    private void classify(
            byte[] body, int topK, AnswerPolicy policy, Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        CompletableFuture<Prediction> result = new CompletableFuture<>();
        Future<?> job;
        try {
            job = workers.submit(() -> {
                try {
                    result.complete(classifier.classify(decoder.decode(body, "upload"), topK, policy));
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException e) {
            Answers.error(
                    response,
                    callback,
                    503,
                    "The server is busy (every worker and queue slot is taken); try again in a moment.");
            return;
        }
        result.orTimeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS).whenComplete((prediction, failure) -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause == null) {
                Answers.json(response, callback, 200, json(prediction, (System.nanoTime() - start) / 1_000_000.0));
            } else if (cause instanceof TimeoutException) {
                job.cancel(true);
                Answers.error(
                        response,
                        callback,
                        503,
                        "The prediction took longer than " + limits.timeout().toSeconds() + " s; try again later.");
            } else if (cause instanceof GlyphException user) {
                Answers.error(response, callback, 400, user.getMessage());
            } else {
                Routes.fail(request, response, callback, cause);
            }
        });
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
