package org.glyphtransfer.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.glyphtransfer.transfer.store.Provenance;
import org.junit.jupiter.api.Test;

/** What {@code GET /api/model} tells a client about where the model's data lives: names, not the server's folders. */
class ModelInfoTest {
    @Test
    void absolutePathsInOptionsAndSourceShowOnlyTheirLastName() {
        Provenance p = Provenance.builder()
                .architecture("simple-cnn", Map.of("weights", "/srv/private/models/base.pt", "cut", "flatten"))
                .classes(List.of("A", "B"), new long[] {1, 28, 28})
                .dataset("letter-folders", Map.of("root", "/home/me/secret/letters-scans", "perClass", "16"), Map.of())
                .source("/home/me/secret/models/mnist-cnn")
                .build();
        Map<String, Object> info = ModelInfo.of("m", p, Map.of());
        assertEquals(Map.of("root", "letters-scans", "perClass", "16"), info.get("datasetOptions"));
        assertEquals(Map.of("weights", "base.pt", "cut", "flatten"), info.get("architectureOptions"));
        assertEquals("mnist-cnn", info.get("source"));
        assertFalse(info.toString().contains("/home/me"), info.toString());
    }

    @Test
    void pathsRelativeToTheDataRootAreShownAsRecorded() {
        Provenance p = Provenance.builder()
                .architecture("simple-cnn", Map.of())
                .classes(List.of("A"), new long[] {1, 28, 28})
                .dataset("letter-folders", Map.of("root", "letters-scans"), Map.of())
                .build();
        assertEquals(
                Map.of("root", "letters-scans"), ModelInfo.of("m", p, Map.of()).get("datasetOptions"));
    }
}
