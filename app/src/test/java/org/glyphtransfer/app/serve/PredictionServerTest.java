package org.glyphtransfer.app.serve;

import static org.glyphtransfer.app.serve.ServeFixtures.get;
import static org.glyphtransfer.app.serve.ServeFixtures.json;
import static org.glyphtransfer.app.serve.ServeFixtures.letterFile;
import static org.glyphtransfer.app.serve.ServeFixtures.post;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.glyphtransfer.app.LetterModels;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prediction server over real HTTP on loopback, with a letter model trained by the real pipeline:
 * it answers an upload as the predictor does, describes the model, serves only the page's files,
 * binds to loopback unless told otherwise, and a taken port is a user error.
 */
class PredictionServerTest {
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

    @Test
    void answersAnUploadAsThePredictorDoesWithTheImageTheModelSaw() throws Exception {
        Path file = letterFile("T");
        HttpResponse<String> response = post(server, "/api/predict?top=3", Files.readAllBytes(file), "image/png");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = json(response);
        Prediction direct = predictor.predictFile(file, 3);
        assertEquals(direct.best().name(), body.get("predicted").getAsString());
        assertEquals(direct.best().probability(), body.get("probability").getAsFloat(), 1e-6f);
        assertEquals(3, body.getAsJsonArray("top").size());
        for (int i = 0; i < 3; i++) {
            JsonObject entry = body.getAsJsonArray("top").get(i).getAsJsonObject();
            assertEquals(direct.top().get(i).name(), entry.get("class").getAsString());
        }
        byte[] png = Base64.getDecoder()
                .decode(body.getAsJsonObject("preprocessed").get("png").getAsString());
        assertArrayEquals(direct.inputPng(), png);
        assertEquals(28, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
        assertEquals("T", direct.best().name(), "the model learnt the generated letters: " + direct);
    }

    @Test
    void describesTheModelAndServesOnlyThePagesFiles() throws Exception {
        JsonObject model = json(get(server, "/api/model"));
        assertEquals(
                List.of(LetterModels.SYNTHETIC_CLASSES),
                model.getAsJsonArray("classes").asList().stream()
                        .map(e -> e.getAsString())
                        .toList());
        assertEquals("simple-cnn", model.get("architecture").getAsString());
        assertEquals("letter-folders", model.get("dataset").getAsString());
        assertEquals(
                PredictionServer.DEFAULT_MAX_UPLOAD_BYTES,
                model.getAsJsonObject("limits").get("maxUploadBytes").getAsLong());
        HttpResponse<String> page = get(server, "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<canvas id=\"pad\""), page.body());
        assertTrue(
                page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(200, get(server, "/app.js").statusCode());
        assertEquals(200, get(server, "/style.css").statusCode());
        for (String path :
                List.of("/web/index.html", "/%2e%2e/%2e%2e/etc/passwd", "/api/model/../../pom.xml", "/api/predictx")) {
            HttpResponse<String> response = get(server, path);
            // Jetty refuses an encoded ".." segment as ambiguous (400) before any route sees it; both are refusals.
            assertTrue(List.of(400, 404, 405).contains(response.statusCode()), path + " -> " + response.statusCode());
            assertTrue(json(response).has("error"), path + " -> " + response.body());
        }
        // A path in the query is not a file to read: the body is the only input.
        HttpResponse<String> sneaky = post(server, "/api/predict?file=/etc/passwd", new byte[0], "image/png");
        assertEquals(400, sneaky.statusCode());
        assertTrue(json(sneaky).get("error").getAsString().contains("body is empty"), sneaky.body());
        assertEquals(405, get(server, "/api/predict").statusCode());
    }

    @Test
    void bindsToLoopbackOnlyByDefault() throws Exception {
        InetAddress bound = server.address().getAddress();
        assertEquals("127.0.0.1", bound.getHostAddress());
        int port = server.address().getPort();
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }
        // Any address of this machine other than loopback must not reach the server.
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && nic.isUp()) {
                    assertThrows(
                            ConnectException.class,
                            () -> {
                                try (Socket outside = new Socket()) {
                                    outside.connect(new InetSocketAddress(address, port), 2000);
                                }
                            },
                            "reachable on " + address);
                }
            }
        }
    }

    @Test
    void aTakenPortIsAUserError() {
        var e = assertThrows(
                org.glyphtransfer.api.GlyphException.class,
                () -> PredictionServer.builder(predictor)
                        .optPort(server.address().getPort())
                        .start());
        assertTrue(e.getMessage().contains("--port"), e.getMessage());
    }
}
