package org.glyphtransfer.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glyphtransfer.app.LetterModels;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.Test;

/**
 * 500 predictions from 32 concurrent clients on loopback against a server with its default
 * worker pool and queue: every one answered 200 with the class the predictor gives in-process,
 * latency and throughput written to {@code target/load-test.json}, and memory that does not grow
 * with the requests. The model is the generated-letters one, so the test needs no data; with
 * GLYPH_DATA a few real letter scans join the generated images.
 */
class PredictionServerLoadTest {
    private static final int REQUESTS = 500;
    private static final int CLIENTS = 32;
    private static final int WARM_UP = 32;
    private static final double MAX_RSS_GROWTH_MIB = 300;
    private static final double MAX_HEAP_GROWTH_MIB = 100;

    /** One upload and what the predictor says about it in-process. */
    private record Upload(String name, byte[] png, Prediction expected) {}

    /** What one request got back, and how long it took. */
    private record Answer(int upload, int status, String predicted, float probability, long nanos, String body) {}

    @Test
    void answers500ConcurrentPredictionsCorrectlyWithBoundedMemory() throws Exception {
        try (Predictor predictor = Predictor.builder(LetterModels.synthetic())
                        .optRuntime(LetterModels.runtime(Path.of(".")))
                        .build();
                // The defaults (workers = cores up to 4, queue 64) admit 32 concurrent clients; nothing is tuned here.
                PredictionServer server =
                        PredictionServer.builder(predictor).optPort(0).start()) {
            List<Upload> uploads = uploads(predictor);
            assertTrue(
                    uploads.stream()
                                    .map(u -> u.expected().best().name())
                                    .distinct()
                                    .count()
                            >= 2,
                    "the uploads must be predicted as different classes, or a mix-up of answers would go unnoticed");
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                // Class loading, JIT and the engine's first allocations are not what the memory check is about.
                check(uploads, runAll(client, server, uploads, WARM_UP, clients));
                double rssBefore = residentMiB();
                double heapBefore = heapAfterGcMiB();
                long start = System.nanoTime();
                List<Answer> answers = runAll(client, server, uploads, REQUESTS, clients);
                double seconds = (System.nanoTime() - start) / 1e9;
                double rssAfter = residentMiB();
                double heapAfter = heapAfterGcMiB();

                Map<String, Object> figures =
                        figures(answers, seconds, rssBefore, rssAfter, heapBefore, heapAfter, uploads.size());
                write(figures);
                System.out.println("[load test] " + figures);
                check(uploads, answers);
                if (rssBefore > 0) {
                    assertTrue(
                            rssAfter - rssBefore < MAX_RSS_GROWTH_MIB,
                            String.format(
                                    Locale.ROOT, "resident memory grew from %.0f to %.0f MiB", rssBefore, rssAfter));
                }
                assertTrue(
                        heapAfter - heapBefore < MAX_HEAP_GROWTH_MIB,
                        String.format(Locale.ROOT, "heap after GC grew from %.0f to %.0f MiB", heapBefore, heapAfter));
            } finally {
                clients.shutdownNow();
            }
        }
    }

    /** Generated letter photos, two per class, and with GLYPH_DATA the first scan of a few letters. */
    private static List<Upload> uploads(Predictor predictor) throws IOException {
        List<Path> files = new ArrayList<>();
        Path generated = LetterModels.syntheticData().resolve("Testing");
        for (String letter : LetterModels.SYNTHETIC_CLASSES) {
            files.addAll(firstFiles(generated.resolve(letter), 2));
        }
        Optional<Path> scans = LetterModels.realData();
        if (scans.isPresent()) {
            for (String letter : new String[] {"I", "L", "T", "X", "O"}) {
                files.addAll(firstFiles(scans.get().resolve("Testing").resolve(letter), 1));
            }
        }
        List<Upload> uploads = new ArrayList<>();
        for (Path file : files) {
            byte[] png = Files.readAllBytes(file);
            Prediction expected = predictor.predict(predictor.decoder().decode(png, file.toString()), 1);
            uploads.add(new Upload(file.getParent().getFileName() + "/" + file.getFileName(), png, expected));
        }
        return uploads;
    }

    private static List<Path> firstFiles(Path folder, int n) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.toString().endsWith(".png"))
                    .sorted()
                    .limit(n)
                    .toList();
        }
    }

    /** Sends {@code count} predictions, upload {@code i % uploads}, from the clients' threads at once. */
    private static List<Answer> runAll(
            HttpClient client, PredictionServer server, List<Upload> uploads, int count, ExecutorService clients)
            throws Exception {
        List<Future<Answer>> pending = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int upload = i % uploads.size();
            pending.add(clients.submit(
                    () -> send(client, server, upload, uploads.get(upload).png())));
        }
        List<Answer> answers = new ArrayList<>(count);
        for (Future<Answer> f : pending) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static Answer send(HttpClient client, PredictionServer server, int upload, byte[] png) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/api/predict?top=1"))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png))
                .timeout(Duration.ofSeconds(30))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            return new Answer(upload, response.statusCode(), null, Float.NaN, nanos, response.body());
        }
        JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
        return new Answer(
                upload,
                200,
                json.get("predicted").getAsString(),
                json.get("probability").getAsFloat(),
                nanos,
                null);
    }

    /** Every answer is a 200 with the upload's own in-process prediction. */
    private static void check(List<Upload> uploads, List<Answer> answers) {
        Map<Integer, Long> statuses =
                answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        Optional<Answer> refused =
                answers.stream().filter(a -> a.status() != 200).findFirst();
        assertEquals(
                Map.of(200, (long) answers.size()),
                statuses,
                "statuses of " + answers.size() + " requests; first refusal: "
                        + refused.map(Answer::body).orElse("none"));
        for (Answer a : answers) {
            Upload u = uploads.get(a.upload());
            assertEquals(u.expected().best().name(), a.predicted(), "class of " + u.name());
            assertEquals(u.expected().best().probability(), a.probability(), 1e-6f, "probability of " + u.name());
        }
    }

    private static Map<String, Object> figures(
            List<Answer> answers,
            double seconds,
            double rssBefore,
            double rssAfter,
            double heapBefore,
            double heapAfter,
            int uploads) {
        double[] millis =
                answers.stream().mapToDouble(a -> a.nanos() / 1e6).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.version"));
        m.put("requests", answers.size());
        m.put("clients", CLIENTS);
        m.put("distinctUploads", uploads);
        m.put("errors", answers.stream().filter(a -> a.status() != 200).count());
        m.put("seconds", round(seconds));
        m.put("requestsPerSecond", round(answers.size() / seconds));
        m.put("p50Ms", round(percentile(millis, 50)));
        m.put("p90Ms", round(percentile(millis, 90)));
        m.put("p99Ms", round(percentile(millis, 99)));
        m.put("maxMs", round(millis[millis.length - 1]));
        m.put("meanMs", round(Arrays.stream(millis).average().orElse(Double.NaN)));
        m.put("rssBeforeMiB", round(rssBefore));
        m.put("rssAfterMiB", round(rssAfter));
        m.put("heapAfterGcBeforeMiB", round(heapBefore));
        m.put("heapAfterGcAfterMiB", round(heapAfter));
        return m;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void write(Map<String, Object> figures) throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("target/load-test.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().create().toJson(figures) + "\n");
    }

    /** @return VmRSS of this JVM in MiB, or -1 where /proc is missing */
    private static double residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(
                                    line.substring("VmRSS:".length()).trim().split("\\s+")[0])
                            / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static double heapAfterGcMiB() throws InterruptedException {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return (r.totalMemory() - r.freeMemory()) / (1024.0 * 1024.0);
    }
}
