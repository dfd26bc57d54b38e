package org.glyphtransfer.app.serve;

import static org.glyphtransfer.app.serve.ServeFixtures.CLIENT;
import static org.glyphtransfer.app.serve.ServeFixtures.json;
import static org.glyphtransfer.app.serve.ServeFixtures.letterFile;
import static org.glyphtransfer.app.serve.ServeFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.glyphtransfer.testing.Pngs;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The uploads the prediction server refuses over real HTTP, each with its status and a JSON reason,
 * while it goes on answering: a body over the upload limit (413, also when the client writes it all
 * before reading), bytes that are no image, and a decompression bomb refused from its header.
 */
class PredictionServerRefusedUploadTest {
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
}
