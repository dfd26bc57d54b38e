package org.glyphtransfer.app.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.glyphtransfer.app.LetterModels;
import org.glyphtransfer.testing.Pngs;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The prediction server over real HTTP on loopback, with a letter model trained by the real pipeline. */
class PredictionServerTest {
    private static Predictor predictor;
    private static PredictionServer server;
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        predictor = Predictor.builder(LetterModels.synthetic())
                .optRuntime(LetterModels.runtime(Path.of(".")))
                .build();
        server = PredictionServer.builder(predictor).optPort(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        predictor.close();
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

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static Path letterFile(String letter) throws IOException {
        try (var files =
                Files.list(LetterModels.syntheticData().resolve("Testing").resolve(letter))) {
            return files.sorted().findFirst().orElseThrow();
        }
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
    void aClientThatSendsItsWholeTooLargeBodyBeforeReadingStillReadsThe413() throws Exception {
        int size = (int) PredictionServer.DEFAULT_MAX_UPLOAD_BYTES + 1_000_000;
        for (boolean chunked : new boolean[] {false, true}) {
            try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
                socket.setSoTimeout(10_000);
                java.io.OutputStream out = socket.getOutputStream();
                String framing = chunked
                        ? "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(size) + "\r\n"
                        : "Content-Length: " + size + "\r\n\r\n";
                out.write(("POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/png\r\n" + framing)
                        .getBytes(StandardCharsets.US_ASCII));
                // Written in full before reading, as simple clients do: the refusal must not reset the connection.
                byte[] block = new byte[64 * 1024];
                for (int sent = 0; sent < size; sent += block.length) {
                    out.write(block, 0, Math.min(block.length, size - sent));
                }
                if (chunked) {
                    out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                String status = new java.io.BufferedReader(
                                new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                assertTrue(status != null && status.startsWith("HTTP/1.1 413"), (chunked ? "chunked: " : "") + status);
            }
        }
    }

    @Test
    void refusesUploadsOverFiveMegabytesWith413() throws Exception {
        byte[] big = new byte[(int) PredictionServer.DEFAULT_MAX_UPLOAD_BYTES + 1];
        byte[] png = Files.readAllBytes(letterFile("L"));
        System.arraycopy(png, 0, big, 0, png.length);
        HttpResponse<String> declared = post(server, "/api/predict", big, "image/png");
        assertEquals(413, declared.statusCode(), declared.body());
        assertTrue(json(declared).get("error").getAsString().contains("over the limit of 5.0 MB"), declared.body());
        // Without a declared length (chunked), the server counts while reading.
        HttpResponse<String> chunked = CLIENT.send(
                HttpRequest.newBuilder(server.uri().resolve("/api/predict"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        // A huge declared length is answered before a single byte of the body is sent.
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write(("POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/png\r\n"
                                    + "Content-Length: 500000000\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertTrue(status.startsWith("HTTP/1.1 413"), status);
        }
        assertEquals(200, post(server, "/api/predict", png, "image/png").statusCode(), "the server still answers");
    }

    @Test
    void refusesBytesThatAreNoImageWith400AndAJsonReason() throws Exception {
        HttpResponse<String> response =
                post(server, "/api/predict", "<html>hello</html>".getBytes(StandardCharsets.UTF_8), "image/png");
        assertEquals(400, response.statusCode());
        String error = json(response).get("error").getAsString();
        assertTrue(error.contains("is not a PNG, JPEG, GIF or BMP image"), error);
        byte[] png = Files.readAllBytes(letterFile("I"));
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 2);
        HttpResponse<String> cut = post(server, "/api/predict", truncated, "image/png");
        assertEquals(400, cut.statusCode(), cut.body());
        assertTrue(json(cut).get("error").getAsString().contains("cannot be decoded as PNG"), cut.body());
        HttpResponse<String> form = post(server, "/api/predict", png, "multipart/form-data; boundary=x");
        assertEquals(415, form.statusCode());
        assertEquals(400, post(server, "/api/predict?top=0", png, "image/png").statusCode());
    }

    @Test
    void refusesADecompressionBombFromItsHeader() throws Exception {
        byte[] bomb = Pngs.declaring(50_000, 50_000);
        assertTrue(bomb.length < 1000, "a small file: " + bomb.length + " bytes");
        long start = System.nanoTime();
        HttpResponse<String> response = post(server, "/api/predict", bomb, "image/png");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(
                json(response).get("error").getAsString().contains("declares 50,000 × 50,000 pixels"), response.body());
        // Decoding would need a 2.5 GB raster; refusing from the header takes milliseconds.
        assertTrue(millis < 2000, millis + " ms");
        assertEquals(
                200,
                post(server, "/api/predict", Files.readAllBytes(letterFile("X")), "image/png")
                        .statusCode());
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
