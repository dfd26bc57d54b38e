package org.glyphtransfer.app.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.glyphtransfer.app.LetterModels;
import org.glyphtransfer.transfer.predict.Predictor;

/**
 * What the prediction server tests share: the synthetic letter model as a {@link Predictor}, its test
 * letters, and the HTTP requests they send a server on loopback.
 */
final class ServeFixtures {
    static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServeFixtures() {}

    /** @return a predictor for the synthetic letter model, trained by the real pipeline */
    static Predictor predictor() {
        return Predictor.builder(LetterModels.synthetic())
                .optRuntime(LetterModels.runtime(Path.of(".")))
                .build();
    }

    /**
     * A server on a free loopback port over {@link #predictor()}; closing it stops the server and then
     * closes the predictor.
     */
    record Running(Predictor predictor, PredictionServer server) implements AutoCloseable {
        static Running start() {
            Predictor predictor = ServeFixtures.predictor();
            return new Running(
                    predictor, PredictionServer.builder(predictor).optPort(0).start());
        }

        @Override
        public void close() {
            server.close();
            predictor.close();
        }
    }

    static HttpResponse<String> post(PredictionServer s, String path, byte[] body, String type)
            throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(s.uri().resolve(path))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(PredictionServer s, String path) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(s.uri().resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> response) {
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    static Path letterFile(String letter) throws IOException {
        try (var files =
                Files.list(LetterModels.syntheticData().resolve("Testing").resolve(letter))) {
            return files.sorted().findFirst().orElseThrow();
        }
    }
}
