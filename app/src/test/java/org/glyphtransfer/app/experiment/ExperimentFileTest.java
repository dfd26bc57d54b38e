package org.glyphtransfer.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.junit.jupiter.api.Test;

/** Typed settings on top of a loaded experiment, as a sweep applies them. */
class ExperimentFileTest {
    private final Experiment base =
            ExperimentFile.load(Path.of(System.getProperty("glyph.examples"), "mnist-to-letters.yaml"), Map.of());

    @Test
    void typedValuesGoThroughTheSameChecksAndOptionEntriesMergeIntoTheirMap() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("transfer.option.perClass", 6);
        settings.put("transfer.option", Map.of("file", "az-csv/handwritten-az-upper.csv.gz"));
        settings.put("transfer.dataset", "az-csv");
        settings.put("pretrain.epochs", 3);
        settings.put("transfer.head-lr", 0.01);
        settings.put("resume", true);
        Experiment e = ExperimentFile.with(base, "sweep.yaml", settings);
        assertEquals(
                Map.of("file", "az-csv/handwritten-az-upper.csv.gz", "perClass", "6"),
                e.options("transfer.option"),
                "a single entry applies on top of a whole map, whatever the order");
        assertEquals(3, e.integer("pretrain.epochs").orElseThrow());
        assertEquals(0.01, e.decimal("transfer.head-lr").orElseThrow());
        assertTrue(e.flag("resume"));
        assertEquals("simple-cnn", e.text("pretrain.model").orElseThrow(), "what the settings leave alone stays");
    }

    @Test
    void nullRemovesAKeyOrAnEntry() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("transfer.option.root", null);
        settings.put("transfer.baseline", null);
        Experiment e = ExperimentFile.with(base, "sweep.yaml", settings);
        assertFalse(e.options("transfer.option").containsKey("root"));
        assertFalse(e.has("transfer.baseline"));
    }

    @Test
    void badValuesAndKeysNameTheSourceAndTheKey() {
        GlyphException decimal = assertThrows(
                GlyphException.class, () -> ExperimentFile.with(base, "sweep.yaml", Map.of("pretrain.epochs", 2.5)));
        assertEquals(
                "sweep.yaml: 'pretrain.epochs' must be a whole number in [1, 100000], not '2.5'.", decimal.getMessage());
        GlyphException range = assertThrows(
                GlyphException.class, () -> ExperimentFile.with(base, "sweep.yaml", Map.of("pretrain.epochs", 0)));
        assertTrue(range.getMessage().contains("outside the allowed range"), range.getMessage());
        GlyphException unknown = assertThrows(
                GlyphException.class, () -> ExperimentFile.with(base, "sweep.yaml", Map.of("pretrain.epoch", 3)));
        assertTrue(unknown.getMessage().startsWith("sweep.yaml: unknown key 'pretrain.epoch'"), unknown.getMessage());
        assertThrows(
                GlyphException.class,
                () -> ExperimentFile.with(base, "sweep.yaml", Map.of("transfer.option.root", Map.of("a", 1))));
    }
}
