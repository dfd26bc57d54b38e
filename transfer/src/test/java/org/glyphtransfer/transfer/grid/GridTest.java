package org.glyphtransfer.transfer.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.FakeRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid runner with a made-up cell function: no training. */
class GridTest {
    private static final TypeAdapter<JsonElement> STRICT = new Gson().getAdapter(JsonElement.class);

    @TempDir
    Path dir;

    private final List<GridCell> calls = new ArrayList<>();

    /** Final accuracy grows with the budget and the seed, so every cell differs. */
    private CellWork fake(boolean scratch) {
        return cell -> {
            calls.add(cell);
            int budget = cell.point().perClass() == 0
                    ? 50
                    : cell.point().perClass() < 0 ? 20 : cell.point().perClass();
            return FakeRuns.transfer(
                    40, 50 + budget / 2 + (int) cell.seed(), scratch ? 30 + budget / 2 : null, 2 * budget);
        };
    }

    private Grid budgets(String prefix) {
        List<GridPoint> points = List.of(
                new GridPoint("perClass-8", Map.of("model", "lenet5"), 8),
                new GridPoint("perClass-all", Map.of("model", "lenet5"), 0));
        return Grid.of(points).seeds(List.of(1L, 2L)).saveTo(dir.resolve("out")).report(prefix, "Fake grid");
    }

    @Test
    void runsEveryCellWritesTheReportAndSkipsFinishedCellsOnARerun() throws Exception {
        GridResult first = budgets("study").run(fake(true));
        assertEquals(4, calls.size());
        assertEquals(4, first.ran());
        assertTrue(Files.exists(dir.resolve("out/perClass-8/seed-2/cell.json")));
        for (String f : List.of("study.md", "study.csv", "study.json", "study.png")) {
            assertTrue(Files.size(dir.resolve("out").resolve(f)) > 100, f);
        }
        PointSummary eight = first.summary().get(0);
        assertEquals(2, eight.seeds());
        assertEquals(8.0, eight.trainPerClass(), 1e-9);
        assertEquals(0.40, eight.head().mean(), 1e-9);
        assertEquals(0.555, eight.last().mean(), 1e-9);
        assertEquals(Math.sqrt(0.00005), eight.last().std(), 1e-9);
        assertEquals(0.34, eight.scratch().mean(), 1e-9);
        assertEquals(0.215, eight.gain().getAsDouble(), 1e-9);
        assertEquals("all (~50)", first.summary().get(1).budgetLabel());
        List<String> csv = Files.readAllLines(dir.resolve("out/study.csv"));
        assertEquals(3, csv.size());
        assertEquals(
                "point,model,perClass,trainPerClass,seeds,headMean,headStd,finalMean,finalStd,scratchMean,scratchStd,gain",
                csv.get(0));
        assertTrue(Files.readString(dir.resolve("out/study.md"))
                .contains("| perClass-8 | lenet5 | 8 | 0.4000 ± 0.0000 | 0.5550 ± 0.0071 |"));

        calls.clear();
        GridResult second = budgets("study").run(fake(true));
        assertEquals(0, calls.size(), "finished cells must not run again");
        assertEquals(0, second.ran());
        assertEquals(first.cells(), second.cells());
        assertEquals(first.summary(), second.summary());
    }

    @Test
    void aCorruptCellJsonIsAUserErrorNamingTheFile() throws Exception {
        budgets("grid").run(fake(true));
        Path cell = dir.resolve("out/perClass-all/seed-1/cell.json");
        Files.delete(dir.resolve("out/perClass-8/seed-1/cell.json"));
        Files.writeString(cell, "{\"point\": {\"name\": \"perClass-all\"}, \"seed\": ");
        GlyphException e =
                assertThrows(GlyphException.class, () -> budgets("grid").run(fake(true)));
        assertTrue(e.getMessage().contains(cell.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("delete the folder " + cell.getParent()), e.getMessage());
        Files.writeString(cell, Files.readString(dir.resolve("out/perClass-all/seed-2/cell.json")));
        assertThrows(
                GlyphException.class,
                () -> budgets("grid").run(fake(true)),
                "the result of another seed is not this cell's");
        for (String json : List.of("{}", "[1, 2]", "{\"point\": {\"name\": \"../x\"}, \"seed\": 1}")) {
            Files.writeString(cell, json);
            GlyphException again =
                    assertThrows(GlyphException.class, () -> budgets("grid").run(fake(true)), json);
            assertTrue(again.getMessage().startsWith("The cell result " + cell), again.getMessage());
        }
        assertEquals(4, calls.size(), "the unfinished cell before it does not run while a finished one is unreadable");
    }

    /** Labels in column order (Map.of has none). */
    private static Map<String, String> labels(String model, String target) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("pretrain.model", model);
        labels.put("target", target);
        return labels;
    }

    @Test
    void withoutScratchTheJsonIsValidAndTheScratchIsAbsent() throws Exception {
        List<GridPoint> points = List.of(
                GridPoint.of("simple-cnn_letters", labels("simple-cnn", "letters")),
                GridPoint.of("lenet5_letters", labels("lenet5", "letters")));
        GridResult r = Grid.of(points)
                .seeds(List.of(7L))
                .seedFolders(false)
                .saveTo(dir.resolve("sweep"))
                .report("sweep", "Sweep")
                .run(fake(false));
        assertTrue(Files.exists(dir.resolve("sweep/lenet5_letters/cell.json")), "a single seed without seed folders");
        assertNull(r.cells().get(0).accuracy().scratch());
        assertFalse(r.cells().get(0).accuracy().scratchIfRan().isPresent());
        assertFalse(r.summary().get(0).gain().isPresent());
        assertNull(r.summary().get(0).scratch());
        for (String f : List.of("sweep/sweep.json", "sweep/lenet5_letters/cell.json")) {
            String text = Files.readString(dir.resolve(f));
            assertFalse(text.contains("NaN") || text.contains("scratch"), f + ": " + text);
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement json = STRICT.read(reader);
            assertTrue(json.isJsonObject(), f);
        }
        JsonObject cell = STRICT.fromJson(Files.readString(dir.resolve("sweep/lenet5_letters/cell.json")))
                .getAsJsonObject();
        assertEquals(
                "lenet5",
                cell.getAsJsonObject("point")
                        .getAsJsonObject("labels")
                        .get("pretrain.model")
                        .getAsString());
        assertEquals(-1, cell.getAsJsonObject("point").get("perClass").getAsInt());
        assertEquals(0.67, cell.getAsJsonObject("accuracy").get("last").getAsDouble(), 1e-9);
        String md = Files.readString(dir.resolve("sweep/sweep.md"));
        assertTrue(md.contains("| lenet5_letters | lenet5 | letters | 0.4000 | 0.6700 | – | – |"), md);
        assertTrue(Files.size(dir.resolve("sweep/sweep.png")) > 1_000);
        calls.clear();
        Grid.of(points)
                .seeds(List.of(7L))
                .seedFolders(false)
                .saveTo(dir.resolve("sweep"))
                .report("sweep", "Sweep")
                .run(fake(false));
        assertEquals(0, calls.size());
    }
}
