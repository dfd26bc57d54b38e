package org.glyphtransfer.app;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The table {@code glyph bench} prints. */
final class BenchTable {
    private BenchTable() {}

    static void print(PrintWriter w, List<JsonObject> results, JsonObject peer) {
        TextTable t = new TextTable("MEASUREMENT", "RESULT", "PEAK RSS MiB").alignRight(2);
        for (JsonObject r : results) {
            String m = r.get("measurement").getAsString();
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
                case "peer-pytorch":
                    value = String.format(
                            Locale.ROOT,
                            "train %,.0f img/s, forward %,.0f img/s (torch %s)",
                            num(r, "imagesPerSecond"),
                            num(r, "forwardImagesPerSecond"),
                            r.get("torch").getAsString());
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
        if (peer != null) {
            JsonObject train = BenchCommand.find(results, "train");
            JsonObject infer = BenchCommand.find(results, "infer");
            w.printf(
                    Locale.ROOT,
                    "ours / PyTorch: training %.2f×%s%n",
                    num(train, "imagesPerSecond") / num(peer, "imagesPerSecond"),
                    infer == null
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    ", inference %.2f×",
                                    num(infer, "forwardImagesPerSecond") / num(peer, "forwardImagesPerSecond")));
        }
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
