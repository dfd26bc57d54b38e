package org.glyphtransfer.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.app.LetterModels;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server under abuse, over real sockets on loopback: clients that never finish their header
 * (from many addresses, and many from one), a client that drips a header a byte at a time, and
 * requests that are not valid HTTP. Loopback has a whole /8 of addresses, so attackers bind to
 * 127.0.1.x and 127.0.2.x while the honest client stays on 127.0.0.1.
 */
class PredictionServerAbuseTest {
    private static final String HALF_HEADER = "POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty";
    private static Predictor predictor;
    private static byte[] letter;

    @BeforeAll
    static void load() throws IOException {
        predictor = Predictor.builder(LetterModels.synthetic())
                .optRuntime(LetterModels.runtime(Path.of(".")))
                .build();
        try (var files =
                Files.list(LetterModels.syntheticData().resolve("Testing").resolve("T"))) {
            letter = Files.readAllBytes(files.sorted().findFirst().orElseThrow());
        }
    }

    @AfterAll
    static void close() {
        predictor.close();
    }

    @Test
    void twoHundredHalfHeadersDoNotDelayAnHonestRequestBySecond() throws Exception {
        try (PredictionServer server =
                PredictionServer.builder(predictor).optPort(0).start()) {
            long quiet = honestRequestMillis(server);
            List<Socket> attackers = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    attackers.add(halfHeader(server, "127.0.1." + (1 + i % 100)));
                }
                long underAttack = honestRequestMillis(server);
                assertTrue(
                        underAttack - quiet < 1000,
                        "an honest request took " + underAttack + " ms under attack, " + quiet + " ms without");
                // The attack connections are held open (two per address, under the cap), not refused: what keeps
                // the server answering is that a half-sent header holds no thread.
                for (Socket attacker : attackers) {
                    assertTrue(stillOpen(attacker), "an attack connection under the per-address cap was dropped");
                }
            } finally {
                closeAll(attackers);
            }
        }
    }

    @Test
    void oneAddressMayHoldOnlyItsShareOfConnections() throws Exception {
        try (PredictionServer server = PredictionServer.builder(predictor)
                .optPort(0)
                .optMaxConnectionsPerAddress(8)
                .start()) {
            List<Socket> attackers = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) {
                    attackers.add(halfHeader(server, "127.0.2.1"));
                }
                long open = attackers.stream()
                        .filter(PredictionServerAbuseTest::stillOpen)
                        .count();
                assertEquals(8, open, "connections from one address beyond the cap of 8 must be closed");
                assertEquals(200, ServeFixtures.get(server, "/api/model").statusCode());
            } finally {
                closeAll(attackers);
            }
        }
    }

    @Test
    void aHeaderDrippedByteByByteIsCutOffAtTheHeaderDeadline() throws Exception {
        try (PredictionServer server = PredictionServer.builder(predictor)
                .optPort(0)
                .optHeaderTimeout(Duration.ofMillis(400))
                .start()) {
            try (Socket socket = connect(server, "127.0.0.1")) {
                OutputStream out = socket.getOutputStream();
                long start = System.nanoTime();
                boolean closed = false;
                // Each byte resets an idle timeout; only a deadline on the whole header stops this client.
                for (int i = 0; i < 40 && !closed; i++) {
                    try {
                        out.write(HALF_HEADER.charAt(i % HALF_HEADER.length()));
                        out.flush();
                        Thread.sleep(100);
                        closed = !stillOpen(socket);
                    } catch (IOException e) {
                        closed = true;
                    }
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(closed, "a dripping client was still connected after " + millis + " ms");
                assertTrue(millis < 2000, "closed only after " + millis + " ms");
            }
        }
    }

    @Test
    void requestsThatAreNotHttpAreAnsweredInJsonWithoutJavaDetails() throws Exception {
        try (PredictionServer server =
                PredictionServer.builder(predictor).optPort(0).start()) {
            for (String request : List.of(
                    "GET /<x>| HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                    "POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n",
                    "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n",
                    "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n",
                    "BREW /pot HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                    "\u0001\u0002 not http at all\r\n\r\n")) {
                String answer = exchange(server, request);
                String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
                String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
                String what = request.substring(0, Math.min(40, request.length())) + " -> " + answer;
                int status = Integer.parseInt(head.split(" ")[1]);
                assertTrue(status >= 400 && status < 500, what);
                assertTrue(head.toLowerCase().contains("content-type: application/json"), what);
                JsonObject json = JsonParser.parseString(body).getAsJsonObject();
                assertEquals(status, json.get("status").getAsInt(), what);
                String error = json.get("error").getAsString();
                assertTrue(error.endsWith("."), what);
                for (String leak : List.of("java.", "jetty", "Exception", "<html")) {
                    assertFalse(answer.contains(leak), "the answer names " + leak + ": " + what);
                }
            }
            assertEquals(200, ServeFixtures.get(server, "/api/model").statusCode());
        }
    }

    private static long honestRequestMillis(PredictionServer server) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = ServeFixtures.post(server, "/api/predict", letter, "image/png");
        assertEquals(200, response.statusCode(), response.body());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Socket connect(PredictionServer server, String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(server.address(), 2000);
        return socket;
    }

    private static Socket halfHeader(PredictionServer server, String from) throws IOException {
        Socket socket = connect(server, from);
        socket.getOutputStream().write(HALF_HEADER.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** True when the server has neither closed nor answered the connection within a short wait. */
    private static boolean stillOpen(Socket socket) {
        try {
            socket.setSoTimeout(15);
            socket.getInputStream().read();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String exchange(PredictionServer server, String request) throws IOException {
        try (Socket socket = connect(server, "127.0.0.1")) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is best effort; the server drops them on its own too.
            }
        }
    }
}
