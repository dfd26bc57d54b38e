package org.glyphtransfer.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glyphtransfer.app.GlyphMain;
import org.glyphtransfer.spark.predict.GlyphImages;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glyph sweep --spark local[2]}: 2 architectures, each pretrained once and shared by 2
 * targets, give the table, cell results and trained weights of the same sweep run in one process;
 * a cell whose dataset folder holds no images fails both attempts on local[2,2] and is reported,
 * the others keep their results.
 */
class SweepOnSparkTest {
    @TempDir
    static Path dir;

    static Path base;

    @BeforeAll
    static void prepare() throws Exception {
        Path source = GlyphImages.dataset(dir.resolve("source"), 8, 41);
        base = dir.resolve("base.yaml");
        Files.writeString(
                base,
                String.join(
                        "\n",
                        "out: runs",
                        "pretrain:",
                        "  model: simple-cnn",
                        "  dataset: letter-folders",
                        "  option: {root: " + source + "}",
                        "  epochs: 1",
                        "  batch: 8",
                        "transfer:",
                        "  dataset: letter-folders",
                        "  option: {root: " + source + "}",
                        "  head-epochs: 1",
                        "  fine-epochs: 1",
                        "  batch: 8",
                        "  baseline: scratch",
                        ""));
    }

    record Run(int code, String out, String err) {}

    private static Run sweep(String name, List<String> grid, String... extra) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        List<String> lines = new ArrayList<>(List.of("base: " + base, "out: " + dir.resolve(name), "grid:"));
        lines.addAll(grid);
        Files.writeString(file, String.join("\n", lines) + "\n");
        List<String> args = new ArrayList<>(List.of("--device", "cpu", "--threads", "1", "--quiet", "sweep"));
        args.add(file.toString());
        args.addAll(List.of(extra));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = GlyphMain.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        return new Run(code, o.toString(), e.toString());
    }

    private static long lines(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).count();
    }

    private static String sha(Path modelFolder) {
        return ModelFolder.readProvenance(modelFolder).parameterSha256();
    }

    @Test
    void sparkCellsGiveTheResultsOfTheLocalSweepAndShareEachPretrainingOnce() throws Exception {
        Path a = GlyphImages.dataset(dir.resolve("target-a"), 8, 42);
        Path b = GlyphImages.dataset(dir.resolve("target-b"), 8, 43);
        List<String> grid =
                List.of("  pretrain.model: [simple-cnn, lenet5]", "  transfer.option.root: [" + a + ", " + b + "]");
        Run local = sweep("local", grid);
        assertEquals(0, local.code(), local.err());
        Run spark = sweep("spark", grid, "--spark", "local[2]");
        assertEquals(0, spark.code(), spark.err());
        assertEquals(2, lines(spark.out(), "): handed to the runner"), spark.out());
        assertEquals(
                Files.readString(dir.resolve("local").resolve("sweep.csv")),
                Files.readString(dir.resolve("spark").resolve("sweep.csv")));
        List<Path> pretrained;
        try (Stream<Path> s = Files.list(dir.resolve("spark").resolve("pretrained"))) {
            pretrained = s.map(p -> p.getFileName()).sorted().toList();
        }
        assertEquals(2, pretrained.size(), pretrained.toString());
        for (Path p : pretrained) {
            assertEquals(
                    sha(dir.resolve("local").resolve("pretrained").resolve(p)),
                    sha(dir.resolve("spark").resolve("pretrained").resolve(p)),
                    p.toString());
        }
        List<Path> cells;
        try (Stream<Path> s = Files.walk(dir.resolve("spark"))) {
            cells = s.filter(p -> p.getFileName().toString().equals("cell.json"))
                    .map(p -> dir.resolve("spark").relativize(p.getParent()))
                    .toList();
        }
        assertEquals(4, cells.size(), cells.toString());
        for (Path cell : cells) {
            String localJson =
                    Files.readString(dir.resolve("local").resolve(cell).resolve("cell.json"));
            String sparkJson =
                    Files.readString(dir.resolve("spark").resolve(cell).resolve("cell.json"));
            // Everything but the training time, which no two runs share.
            assertEquals(withoutSeconds(localJson), withoutSeconds(sparkJson), cell.toString());
            assertEquals(
                    sha(dir.resolve("local").resolve(cell).resolve("transfer")),
                    sha(dir.resolve("spark").resolve(cell).resolve("transfer")),
                    cell.toString());
        }
        Run again = sweep("spark", grid, "--spark", "local[2]");
        assertEquals(0, again.code(), again.err());
        assertEquals(4, lines(again.out(), "finished before, skipped"), again.out());
        assertEquals(0, lines(again.out(), "handed to the runner"), again.out());
    }

    private static String withoutSeconds(String cellJson) {
        return cellJson.replaceAll("\"trainingSeconds\": [0-9.eE+-]+", "");
    }

    @Test
    void aCellThatKeepsFailingIsReportedAndTheOtherKeepsItsResult() throws Exception {
        Path a = GlyphImages.dataset(dir.resolve("good"), 8, 44);
        Path empty = Files.createDirectories(dir.resolve("no-images"));
        Run run = sweep(
                "failing",
                List.of(
                        "  target:",
                        "    - {name: good, transfer.option: {root: " + a + "}}",
                        "    - {name: no-images, transfer.option: {root: " + empty + "}}"),
                "--spark",
                "local[2,2]");
        assertEquals(2, run.code(), run.out() + run.err());
        String message = run.err().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("Grid cell no-images seed 42 failed after 2 attempts: "), message);
        assertTrue(message.contains(empty.toString()), message);
        Path out = dir.resolve("failing");
        assertTrue(Files.exists(out.resolve("good").resolve("cell.json")));
        assertFalse(Files.exists(out.resolve("no-images").resolve("cell.json")));
        String report = Files.readString(out.resolve("sweep.md"));
        assertTrue(report.contains("| good | 42 | 1 | finished |"), report);
        assertTrue(report.contains("| no-images | 42 | 2 | failed: "), report);
    }
}
