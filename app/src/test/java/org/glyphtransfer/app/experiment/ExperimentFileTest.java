package org.glyphtransfer.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed settings on top of a loaded experiment, as a sweep applies them. */
class ExperimentFileTest {
    @TempDir
    Path dir;

    private final Experiment base =
            ExperimentFile.load(Path.of(System.getProperty("glyph.examples"), "quick-start.yaml"), Map.of());

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

    /** On the command line too, one entry of an option map goes on top of the file's map instead of replacing it. */
    @Test
    void aSetEntryOfAnOptionMapKeepsTheFilesOtherEntries() {
        Path file = Path.of(System.getProperty("glyph.examples"), "quick-start.yaml");
        Experiment e = ExperimentFile.load(file, Map.of("transfer.option.perClass", "16"));
        assertEquals(Map.of("root", "letters-scans", "perClass", "16"), e.options("transfer.option"));
        GlyphException unknown = assertThrows(
                GlyphException.class, () -> ExperimentFile.load(file, Map.of("transfer.optio.perClass", "16")));
        assertTrue(
                unknown.getMessage().contains("keys here: transfer.from, transfer.dataset, transfer.option,"),
                unknown.getMessage());
    }

    @Test
    void badValuesAndKeysNameTheSourceAndTheKey() {
        GlyphException decimal = assertThrows(
                GlyphException.class, () -> ExperimentFile.with(base, "sweep.yaml", Map.of("pretrain.epochs", 2.5)));
        assertEquals(
                "sweep.yaml: 'pretrain.epochs' must be a whole number in [1, 100000], not '2.5'.",
                decimal.getMessage());
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

    @Test
    void relativePathsInTheFileAreRelativeToItsFolderAndOverridesToTheWorkingFolder() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("experiments"));
        Path f = Files.writeString(
                sub.resolve("exp.yaml"),
                "out: ../runs/x\nplugins: plugins\ndata-root: /abs/data\ntransfer:\n  dataset: az-csv\n"
                        + "  from: models/m\n");
        Experiment e = ExperimentFile.load(f, Map.of("transfer.out", "elsewhere"));
        assertEquals(dir.resolve("runs/x").toString(), e.text("out").orElseThrow());
        assertEquals(dir.resolve("runs/x/pretrained"), e.pretrainOut());
        assertEquals(sub.resolve("plugins").toString(), e.text("plugins").orElseThrow());
        assertEquals(sub.resolve("models/m").toString(), e.text("transfer.from").orElseThrow());
        assertEquals("/abs/data", e.text("data-root").orElseThrow());
        assertEquals(Path.of("elsewhere"), e.transferOut(), "--set is typed on the command line");
    }

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("experiment.yaml"), text);
    }

    private String refusal(String text) throws Exception {
        Path f = file(text);
        return assertThrows(GlyphException.class, () -> ExperimentFile.load(f, Map.of()))
                .getMessage();
    }

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeItIsParsed() throws Exception {
        String big = "name: x\n" + ("# padding padding padding padding padding padding padding\n").repeat(20_000);
        long start = System.nanoTime();
        String message = refusal(big);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused quickly");
        assertEquals(
                "Experiment file " + dir.resolve("experiment.yaml")
                        + " is larger than 1 MiB, the most an experiment or sweep file may be; check that it is the "
                        + "right file.",
                message);
    }

    @Test
    void binaryAndOtherNonPlainValuesAreRefusedNamingTheLine() throws Exception {
        assertEquals(
                "Experiment file " + dir.resolve("experiment.yaml")
                        + " has a !!binary value at line 2; write plain text, numbers, true or false, lists and "
                        + "sections only.",
                refusal("seed: 1\nname: !!binary aGVsbG8=\n"));
        assertTrue(refusal("name: !!set {a, b}\n").contains("has a !!set value at line 1"));
        // A date is the text it is written as, not a timestamp object.
        Experiment dated = ExperimentFile.load(
                file("name: 2024-01-31\nout: runs/x\ntransfer:\n  dataset: az-csv\n  from: models/x\n"), Map.of());
        assertEquals("2024-01-31", dated.text("name").orElseThrow());
    }

    @Test
    void infiniteAndNotANumberRatesAreRefusedNamingTheKey() throws Exception {
        for (String bad : new String[] {".inf", "-.inf", ".nan"}) {
            String message = refusal("pretrain:\n  lr: " + bad + "\n");
            assertTrue(message.contains("'pretrain.lr'"), message);
            assertTrue(message.contains("outside the allowed range") || message.contains("must be"), message);
        }
    }

    @Test
    void wholeNumbersBeyondSixtyFourBitsAreRefusedNotTruncated() throws Exception {
        String seed = refusal("seed: 1000000000000000000000000000000\n");
        assertTrue(seed.contains("'seed' is 1000000000000000000000000000000, outside the allowed range"), seed);
        String threads = refusal("threads: 18446744073709551617\n");
        assertTrue(threads.contains("'threads' is 18446744073709551617, outside the allowed range [0, 1024]"), threads);
        Path ok = file("seed: 9223372036854775807\nout: runs/x\ntransfer:\n  dataset: az-csv\n  from: models/x\n");
        assertEquals(
                Long.MAX_VALUE,
                ExperimentFile.load(ok, Map.of()).longValue("seed").orElseThrow());
        GlyphException set = assertThrows(
                GlyphException.class, () -> ExperimentFile.load(ok, Map.of("seed", "1000000000000000000000000000000")));
        assertTrue(
                set.getMessage().contains("'seed' is 1000000000000000000000000000000, outside the allowed range"),
                set.getMessage());
    }

    @Test
    void aFileWithoutATransferSectionOnlyPretrains() throws Exception {
        Experiment e = ExperimentFile.load(
                file("out: runs/x\npretrain:\n  model: small-cnn\n  dataset: mnist\n  recipe: reference-study\n"),
                Map.of());
        assertFalse(e.hasTransfer());
        assertEquals(dir.resolve("runs/x/pretrained"), e.pretrainOut(), "relative to the file's folder");
        assertEquals("reference-study", e.text("pretrain.recipe").orElseThrow());
        assertTrue(ExperimentFile.load(
                        file("pretrain:\n  model: small-cnn\n  dataset: mnist\n  out: models/small\n"), Map.of())
                .settings()
                .containsKey("pretrain.out"));
    }

    @Test
    void aFileThatNeitherPretrainsNorNamesASourceSaysWhatIsMissing() throws Exception {
        Path f = file("out: runs/x\ntransfer:\n  dataset: az-csv\n");
        GlyphException e = assertThrows(GlyphException.class, () -> ExperimentFile.load(f, Map.of()));
        assertEquals(
                f + ": give a 'pretrain' section with 'model' and 'dataset', a 'transfer' section with 'from' (an "
                        + "existing model folder), or both.",
                e.getMessage());
        Path noOut = file("pretrain:\n  model: small-cnn\n  dataset: mnist\n");
        GlyphException missing = assertThrows(GlyphException.class, () -> ExperimentFile.load(noOut, Map.of()));
        assertTrue(missing.getMessage().endsWith("'out' is required: the folder the experiment writes to."));
    }
}
