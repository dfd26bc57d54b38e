package org.glyphtransfer.app.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphtransfer.transfer.store.Provenance;

/** The body of {@code GET /api/model}: the classes and where the model comes from. */
final class ModelInfo {
    private ModelInfo() {}

    static Map<String, Object> of(String name, Provenance p, Map<String, Object> limits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("classes", p.classNames());
        m.put("inputShape", p.inputShape());
        m.put("architecture", p.architecture());
        m.put("architectureOptions", p.architectureOptions());
        m.put("dataset", p.dataset());
        m.put("datasetOptions", p.datasetOptions());
        m.put("datasetSizes", p.datasetSizes());
        m.put("metrics", p.metrics());
        m.put("training", p.training().map(t -> t.describe()).orElse(null));
        m.put("seed", p.seed());
        m.put("versions", p.versions());
        // Only the folder name: the server's own file layout is none of the client's business.
        m.put(
                "source",
                p.source() == null ? null : String.valueOf(Path.of(p.source()).getFileName()));
        m.put("createdAt", p.createdAt());
        m.put("limits", limits);
        return m;
    }
}
