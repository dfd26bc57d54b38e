package org.glyphtransfer.app;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.glyphtransfer.app.bench.BenchArchitecture;

/** The tables {@code glyph bench} prints: every measurement, then the architectures beside the PyTorch peer. */
final class BenchTable {
    private BenchTable() {}

    static void print(PrintWriter w, List<JsonObject> results, List<ArchitectureRow> architectures) {
        TextTable t = new TextTable("MEASUREMENT", "RESULT", "PEAK RSS MiB").alignRight(2);
        for (JsonObject r : results) {
            String m = r.get("measurement").getAsString();
            if (m.equals("peer-architecture")) {
                continue;
            }
            String value;
            switch (m) {
                case "train":
                    value = String.format(
                            Locale.ROOT,
                            "%,.0f img/s (%s, %d images, batch %d); RSS %s MiB by epoch",
                            num(r, "imagesPerSecond"),
                            r.get("model").getAsString(),
                            r.get("trainImages").getAsInt(),
                            r.get("batch").getAsInt(),
                            curve(r.get("residentMiBByEpoch")));
                    m = "train " + r.get("model").getAsString();
                    break;
                case "infer":
                    value = String.format(
                            Locale.ROOT,
                            "forward %,.0f img/s (batch 1000); predict path %,.0f img/s; latency p50 %.2f ms, p99 %.2f ms",
                            num(r, "forwardImagesPerSecond"),
                            num(r, "predictPathImagesPerSecond"),
                            num(r, "latencyP50Ms"),
                            num(r, "latencyP99Ms"));
                    break;
                default:
                    value = String.format(
                            Locale.ROOT,
                            "%,d samples in %.2f s (%,.0f/s), peak heap %.0f MiB of %.0f",
                            r.get("samples").getAsInt(),
                            num(r, "seconds"),
                            num(r, "samplesPerSecond"),
                            num(r, "peakHeapMiB"),
                            num(r, "maxHeapMiB"));
                    break;
            }
            t.row(
                    m,
                    value,
                    r.has("peakResidentMiB") ? String.format(Locale.ROOT, "%.0f", num(r, "peakResidentMiB")) : "–");
        }
        t.print(w);
        architectures(w, architectures);
    }

    /** Training and forward images per second of every architecture, ours beside the peer's. */
    private static void architectures(PrintWriter w, List<ArchitectureRow> rows) {
        w.println();
        TextTable t = new TextTable(
                        "ARCHITECTURE",
                        "PARAMETERS",
                        "TRAIN IMAGES",
                        "TRAIN img/s",
                        "PEER",
                        "RATIO",
                        "FORWARD img/s",
                        "PEER",
                        "RATIO",
                        "PEAK RSS MiB",
                        "PEER")
                .alignRight(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (ArchitectureRow r : rows) {
            boolean peer = r.peer() != null;
            t.row(
                    r.plan().model(),
                    String.format(Locale.ROOT, "%,d", r.ours().get("parameters").getAsLong()),
                    String.format(
                            Locale.ROOT,
                            "%,d × %d",
                            r.plan().trainImages(),
                            r.plan().measuredEpochs()),
                    String.format(Locale.ROOT, "%,.0f", num(r.ours(), "imagesPerSecond")),
                    peer ? String.format(Locale.ROOT, "%,.0f", num(r.peer(), "imagesPerSecond")) : "–",
                    peer ? String.format(Locale.ROOT, "%.2f×", r.trainingRatio()) : "–",
                    String.format(Locale.ROOT, "%,.0f", num(r.ours(), "forwardImagesPerSecond")),
                    peer ? String.format(Locale.ROOT, "%,.0f", num(r.peer(), "forwardImagesPerSecond")) : "–",
                    peer ? String.format(Locale.ROOT, "%.2f×", r.inferenceRatio()) : "–",
                    String.format(Locale.ROOT, "%.0f", num(r.ours(), "peakResidentMiB")),
                    peer ? String.format(Locale.ROOT, "%.0f", num(r.peer(), "peakResidentMiB")) : "–");
        }
        t.print(w);
        rows.stream()
                .filter(r -> r.peer() != null && r.peer().has("blas"))
                .findFirst()
                .ifPresent(r ->
                        w.println("PyTorch peer: torch " + r.peer().get("torch").getAsString() + ", BLAS "
                                + r.peer().get("blas").getAsString()));
        BenchArchitecture.NOT_BENCHMARKED.forEach((model, why) -> w.println("not benchmarked: " + model + ": " + why));
    }

    private static double num(JsonObject o, String key) {
        return o.get(key).getAsDouble();
    }

    private static String curve(JsonElement values) {
        StringBuilder s = new StringBuilder();
        values.getAsJsonArray()
                .forEach(v -> s.append(s.length() == 0 ? "" : " ").append(Math.round(v.getAsDouble())));
        return s.toString();
    }
}
