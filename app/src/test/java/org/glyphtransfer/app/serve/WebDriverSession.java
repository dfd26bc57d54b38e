package org.glyphtransfer.app.serve;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A headless Chromium driven through chromedriver with the W3C WebDriver protocol over plain
 * HTTP (no Selenium): open a page, find elements, type file paths into file inputs, run scripts,
 * perform pointer actions, take screenshots.
 */
final class WebDriverSession implements AutoCloseable {
    /** The key under which W3C WebDriver passes element references. */
    static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private static final Gson GSON = new Gson();

    private final Process driver;
    private final URI base;
    private final String session;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private WebDriverSession(Process driver, URI base, String session) {
        this.driver = driver;
        this.base = base;
        this.session = session;
    }

    /** @return the first of the names found as an executable on PATH (or at an absolute path) */
    static Optional<Path> executable(String... names) {
        for (String name : names) {
            Path direct = Path.of(name);
            if (direct.isAbsolute() && Files.isExecutable(direct)) {
                return Optional.of(direct);
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts chromedriver on a free port and opens a headless browser session.
     *
     * @param chromedriver the driver executable
     * @param chromium the browser executable
     * @param profile an empty folder for the browser's profile
     * @param log where chromedriver writes its log
     */
    static WebDriverSession start(Path chromedriver, Path chromium, Path profile, Path log)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process process = new ProcessBuilder(chromedriver.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        try {
            HttpClient client = HttpClient.newHttpClient();
            waitFor(
                    () -> {
                        try {
                            HttpResponse<String> status = client.send(
                                    HttpRequest.newBuilder(base.resolve("status"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            return JsonParser.parseString(status.body())
                                    .getAsJsonObject()
                                    .getAsJsonObject("value")
                                    .get("ready")
                                    .getAsBoolean();
                        } catch (IOException | RuntimeException e) {
                            return false;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        }
                    },
                    Duration.ofSeconds(15),
                    "chromedriver did not start; see " + log);
            Map<String, Object> options = Map.of(
                    "binary",
                    chromium.toString(),
                    "args",
                    List.of(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--no-first-run",
                            "--disable-dev-shm-usage",
                            "--window-size=1280,860",
                            "--user-data-dir=" + profile.toAbsolutePath()));
            Map<String, Object> capabilities = Map.of(
                    "capabilities",
                    Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options)));
            JsonObject created = send(client, "POST", base.resolve("session"), GSON.toJson(capabilities))
                    .getAsJsonObject();
            return new WebDriverSession(process, base, created.get("sessionId").getAsString());
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static JsonElement send(HttpClient client, String method, URI uri, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + method + " " + uri.getPath() + " failed with "
                    + response.statusCode() + ": " + json.get("value"));
        }
        return json.get("value");
    }

    private JsonElement command(String method, String path, Object body) throws IOException, InterruptedException {
        return send(
                http, method, base.resolve("session/" + session + "/" + path), body == null ? null : GSON.toJson(body));
    }

    void navigate(URI page) throws IOException, InterruptedException {
        command("POST", "url", Map.of("url", page.toString()));
    }

    /** @return the element's reference */
    String find(String css) throws IOException, InterruptedException {
        return command("POST", "element", Map.of("using", "css selector", "value", css))
                .getAsJsonObject()
                .get(ELEMENT)
                .getAsString();
    }

    /** Types text into an element; for a file input, the text is the path of the file to choose. */
    void sendKeys(String element, String text) throws IOException, InterruptedException {
        command("POST", "element/" + element + "/value", Map.of("text", text));
    }

    void click(String element) throws IOException, InterruptedException {
        command("POST", "element/" + element + "/click", Map.of());
    }

    /** Runs a script in the page; {@code arguments[i]} are the args. */
    JsonElement execute(String script, Object... args) throws IOException, InterruptedException {
        return command("POST", "execute/sync", Map.of("script", script, "args", List.of(args)));
    }

    /** Performs one W3C input source's actions, e.g. a mouse pointer's moves, presses and releases. */
    void perform(JsonObject inputSource) throws IOException, InterruptedException {
        JsonArray sources = new JsonArray();
        sources.add(inputSource);
        JsonObject body = new JsonObject();
        body.add("actions", sources);
        send(http, "POST", base.resolve("session/" + session + "/actions"), body.toString());
    }

    byte[] screenshot() throws IOException, InterruptedException {
        return Base64.getDecoder().decode(command("GET", "screenshot", null).getAsString());
    }

    /** Polls a page condition until it holds. */
    void waitUntil(String script, Duration timeout, String what) throws InterruptedException {
        waitFor(
                () -> {
                    try {
                        JsonElement value = execute(script);
                        return value.isJsonPrimitive() && value.getAsBoolean();
                    } catch (IOException e) {
                        return false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                },
                timeout,
                what);
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        try {
            send(http, "DELETE", base.resolve("session/" + session), null);
        } catch (IOException | RuntimeException e) {
            // The driver is stopped below either way.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        driver.destroy();
        try {
            if (!driver.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        } catch (InterruptedException e) {
            driver.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
