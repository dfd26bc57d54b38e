package org.glyphtransfer.app.serve;

import static org.glyphtransfer.app.serve.ServeFixtures.CLIENT;
import static org.glyphtransfer.app.serve.ServeFixtures.json;
import static org.glyphtransfer.app.serve.ServeFixtures.letterFile;
import static org.glyphtransfer.app.serve.ServeFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A prediction server that is busy answers 503 at once rather than letting requests pile up: a full
 * queue refuses the next request while the admitted ones still finish, and a prediction that outlasts
 * the request timeout is given up.
 */
class PredictionServerBusyTest {
    private static Predictor predictor;

    @BeforeAll
    static void load() {
        predictor = ServeFixtures.predictor();
    }

    @AfterAll
    static void close() {
        predictor.close();
    }

    @Test
    void aFullQueueAnswers503AndWaitingRequestsStillFinish() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        Classifier gated = (image, k) -> {
            entered.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return predictor.predict(image, k);
        };
        byte[] png = Files.readAllBytes(letterFile("L"));
        try (PredictionServer small = PredictionServer.builder(gated, predictor.provenance(), "gated")
                .optPort(0)
                .optWorkers(1)
                .optQueueLimit(1)
                .start()) {
            List<CompletableFuture<HttpResponse<String>>> admitted = new ArrayList<>();
            admitted.add(sendAsync(small, png));
            assertTrue(entered.await(10, TimeUnit.SECONDS), "first request reached the worker");
            admitted.add(sendAsync(small, png));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (small.queuedJobs() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(1, small.runningJobs());
            assertEquals(1, small.queuedJobs());
            HttpResponse<String> refused = post(small, "/api/predict", png, "image/png");
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(json(refused).get("error").getAsString().contains("busy"), refused.body());
            assertEquals(Optional.of("1"), refused.headers().firstValue("Retry-After"));
            release.countDown();
            for (CompletableFuture<HttpResponse<String>> f : admitted) {
                HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("L", json(r).get("predicted").getAsString());
            }
        } finally {
            release.countDown();
        }
    }

    @Test
    void aPredictionThatOutlastsTheTimeoutAnswers503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Classifier stuck = (image, k) -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return predictor.predict(image, k);
        };
        try (PredictionServer slow = PredictionServer.builder(stuck, predictor.provenance(), "stuck")
                .optPort(0)
                .optRequestTimeout(Duration.ofMillis(300))
                .start()) {
            HttpResponse<String> response =
                    post(slow, "/api/predict", Files.readAllBytes(letterFile("I")), "image/png");
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(json(response).get("error").getAsString().contains("took longer than"), response.body());
        } finally {
            release.countDown();
        }
    }

    private static CompletableFuture<HttpResponse<String>> sendAsync(PredictionServer s, byte[] body) {
        return CLIENT.sendAsync(
                HttpRequest.newBuilder(s.uri().resolve("/api/predict"))
                        .header("Content-Type", "image/png")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
