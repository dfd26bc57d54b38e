package org.glyphtransfer.app.serve;

import java.nio.file.InvalidPathException;
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
        m.put("architectureOptions", withoutFolders(p.architectureOptions()));
        m.put("dataset", p.dataset());
        m.put("datasetOptions", withoutFolders(p.datasetOptions()));
        m.put("datasetSizes", p.datasetSizes());
        m.put("metrics", p.metrics());
        m.put("training", p.training().map(t -> t.describe()).orElse(null));
        m.put("seed", p.seed());
        m.put("versions", p.versions());
        // Only folder names: the server's own file layout is none of the client's business.
        m.put("source", p.source() == null ? null : lastName(p.source()));
        m.put("createdAt", p.createdAt());
        m.put("limits", limits);
        return m;
    }

    /**
     * Plugin options with absolute paths cut to their last name, so the answer does not show where
     * the server's data lives; paths relative to the data root are shown as recorded.
     */
    private static Map<String, String> withoutFolders(Map<String, String> options) {
        Map<String, String> shown = new LinkedHashMap<>();
        options.forEach((key, value) -> shown.put(key, isAbsolute(value) ? lastName(value) : value));
        return shown;
    }

    private static boolean isAbsolute(String value) {
        try {
            return Path.of(value).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String lastName(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? "" : name.toString();
    }
}
