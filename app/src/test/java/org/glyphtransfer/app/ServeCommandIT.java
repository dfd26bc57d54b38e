package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code glyph serve} from the shaded jar in its own process: it prints its address on the
 * loopback interface, answers the API, drops a request whose body trickles in past the request
 * timeout, and stops on SIGTERM. Run by maven-failsafe after {@code package}.
 */
class ServeCommandIT {
    private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/)");

    @Test
    void servesFromTheJarAndDropsASlowRequestAfterTheTimeout() throws Exception {
        Path jar =
                Paths.get(System.getProperty("glyph.jar", "target/glyph.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " is missing; build it with mvn package first");
        Path model = LetterModels.synthetic();
        Process process = new ProcessBuilder(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--model",
                        model.toString(),
                        "--port",
                        "0",
                        "--timeout",
                        "2")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            });
            String banner = line.get(60, TimeUnit.SECONDS);
            Matcher m = ADDRESS.matcher(String.valueOf(banner));
            assertTrue(m.find(), "serve prints its loopback address: " + banner);
            URI base = URI.create(m.group(1));
            int port = Integer.parseInt(m.group(2));

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> info = client.send(
                    HttpRequest.newBuilder(base.resolve("api/model")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, info.statusCode());
            assertEquals(
                    List.of(LetterModels.SYNTHETIC_CLASSES),
                    JsonParser.parseString(info.body()).getAsJsonObject().getAsJsonArray("classes").asList().stream()
                            .map(e -> e.getAsString())
                            .toList());
            Path letter;
            try (var files =
                    Files.list(LetterModels.syntheticData().resolve("Testing").resolve("X"))) {
                letter = files.sorted().findFirst().orElseThrow();
            }
            HttpResponse<String> predicted = client.send(
                    HttpRequest.newBuilder(base.resolve("api/predict"))
                            .POST(HttpRequest.BodyPublishers.ofFile(letter))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, predicted.statusCode(), predicted.body());
            JsonObject body = JsonParser.parseString(predicted.body()).getAsJsonObject();
            assertEquals("X", body.get("predicted").getAsString(), predicted.body());

            try (Socket slow = new Socket("127.0.0.1", port)) {
                slow.setSoTimeout(15_000);
                slow.getOutputStream()
                        .write(("POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"
                                        + "only a few bytes")
                                .getBytes(StandardCharsets.US_ASCII));
                slow.getOutputStream().flush();
                long start = System.nanoTime();
                String answer;
                try {
                    answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (SocketException reset) {
                    answer = "";
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                // A stalled upload is answered 408 in JSON, and the connection closed (readAllBytes returned).
                assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
                assertTrue(answer.contains("\"error\":\"The upload stalled for longer than 2 s"), answer);
                assertTrue(
                        seconds >= 1.5 && seconds < 10,
                        "closed after the 2 s request timeout, not before: " + seconds + " s");
            }
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("glyph serve did not stop on SIGTERM");
            }
        }
    }
}
