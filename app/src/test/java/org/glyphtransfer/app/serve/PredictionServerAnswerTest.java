package org.glyphtransfer.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphtransfer.app.LetterModels;
import org.glyphtransfer.transfer.predict.AnswerPolicy;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query parameters min-confidence and classes of {@code POST /api/predict}, over real HTTP. */
class PredictionServerAnswerTest {
    private static ServeFixtures.Running running;
    private static Predictor predictor;
    private static PredictionServer server;

    @BeforeAll
    static void start() {
        running = ServeFixtures.Running.start();
        predictor = running.predictor();
        server = running.server();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static Path letterFile(String name) throws Exception {
        try (var files =
                Files.list(LetterModels.syntheticData().resolve("Testing").resolve(name))) {
            return files.sorted().findFirst().orElseThrow();
        }
    }

    private static byte[] letter(String name) throws Exception {
        return Files.readAllBytes(letterFile(name));
    }

    @Test
    void aRequestRestrictsTheClassesAndSetsTheMinimumConfidence() throws Exception {
        byte[] t = letter("T");
        HttpResponse<String> restricted = ServeFixtures.post(server, "/api/predict?classes=I,L", t, "image/png");
        assertEquals(200, restricted.statusCode(), restricted.body());
        JsonObject body = JsonParser.parseString(restricted.body()).getAsJsonObject();
        assertTrue(java.util.List.of("I", "L").contains(body.get("predicted").getAsString()), body.toString());
        assertEquals(2, body.getAsJsonArray("top").size());

        for (String name : LetterModels.SYNTHETIC_CLASSES) {
            Prediction direct = predictor.predictFile(letterFile(name), 5);
            HttpResponse<String> strict =
                    ServeFixtures.post(server, "/api/predict?min-confidence=0.999999", letter(name), "image/png");
            JsonObject s = JsonParser.parseString(strict.body()).getAsJsonObject();
            boolean low = direct.best().probability() < 0.999999;
            assertEquals(low, s.get("unknown").getAsBoolean(), strict.body());
            assertEquals(
                    low ? AnswerPolicy.UNKNOWN : direct.best().name(),
                    s.get("predicted").getAsString(),
                    strict.body());
        }

        HttpResponse<String> unknownClass = ServeFixtures.post(server, "/api/predict?classes=I,Q", t, "image/png");
        assertEquals(400, unknownClass.statusCode(), unknownClass.body());
        assertTrue(unknownClass.body().contains("names the class 'Q', which does not exist"), unknownClass.body());
        HttpResponse<String> impossible = ServeFixtures.post(server, "/api/predict?min-confidence=2", t, "image/png");
        assertEquals(400, impossible.statusCode(), impossible.body());
        assertTrue(impossible.body().contains("min-confidence='2' must be a number from 0 to 1"), impossible.body());
    }
}
