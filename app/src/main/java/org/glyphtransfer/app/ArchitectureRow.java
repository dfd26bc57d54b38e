package org.glyphtransfer.app;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.app.bench.BenchArchitecture;

/**
 * One architecture of {@code glyph bench}: glyph's measurement and the PyTorch peer's, taken one
 * after the other in the same run, and their ratios.
 *
 * @param plan what was measured
 * @param ours glyph's result ({@code measurement: train} with a forward timing)
 * @param peer the peer's result, or {@code null} with {@code --no-peer}
 */
record ArchitectureRow(BenchArchitecture plan, JsonObject ours, JsonObject peer) {
    /**
     * Pairs each architecture with its results.
     *
     * @param plan the architectures, in the order they were measured
     * @param ours glyph's result for each, in the same order
     * @param peers the peer's result for each, or an empty list with {@code --no-peer}
     * @return one row per architecture
     */
    static List<ArchitectureRow> of(List<BenchArchitecture> plan, List<JsonObject> ours, List<JsonObject> peers) {
        List<ArchitectureRow> rows = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            rows.add(new ArchitectureRow(plan.get(i), ours.get(i), peers.isEmpty() ? null : peers.get(i)));
        }
        return rows;
    }

    /** @return glyph's training images per second over the peer's */
    double trainingRatio() {
        return num(ours, "imagesPerSecond") / num(peer, "imagesPerSecond");
    }

    /** @return glyph's forward-pass images per second over the peer's */
    double inferenceRatio() {
        return num(ours, "forwardImagesPerSecond") / num(peer, "forwardImagesPerSecond");
    }

    /** @return the row as {@code bench.json} records it */
    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", plan.model());
        m.put("parameters", ours.get("parameters").getAsLong());
        m.put("trainImages", plan.trainImages());
        m.put("measuredEpochs", plan.measuredEpochs());
        m.put("inferImages", plan.inferImages());
        m.put("oursTrainImagesPerSecond", num(ours, "imagesPerSecond"));
        m.put("oursForwardImagesPerSecond", num(ours, "forwardImagesPerSecond"));
        m.put("oursPeakResidentMiB", num(ours, "peakResidentMiB"));
        m.put("oursTrainingPeakResidentMiB", num(ours, "trainingPeakResidentMiB"));
        if (ours.has("inferencePeakResidentMiB")) {
            m.put("oursInferencePeakResidentMiB", num(ours, "inferencePeakResidentMiB"));
        }
        if (peer != null) {
            m.put("peerTrainImagesPerSecond", num(peer, "imagesPerSecond"));
            m.put("peerForwardImagesPerSecond", num(peer, "forwardImagesPerSecond"));
            m.put("peerPeakResidentMiB", num(peer, "peakResidentMiB"));
            m.put("trainingOursOverPyTorch", trainingRatio());
            m.put("inferenceOursOverPyTorch", inferenceRatio());
        }
        return m;
    }

    static double num(JsonObject o, String key) {
        return o.get(key).getAsDouble();
    }
}
