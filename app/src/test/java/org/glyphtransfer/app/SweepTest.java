package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep of 2 models × 2 datasets with 1 epoch each, on subsets of the real data. */
class SweepTest {
    @TempDir
    Path dir;

    private String[] run(Path sweep) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlyphMain.run(
                new String[] {"sweep", sweep.toString(), "--device", "cpu", "--quiet"},
                new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void twoModelsTimesTwoDatasetsGiveOneTableAndPlot() throws Exception {
        RealData.root("the sweep trains on MNIST and letters");
        Path base = Path.of(System.getProperty("glyph.examples"))
                .resolve("quick-start.yaml")
                .toAbsolutePath();
        Path out = dir.resolve("sweep");
        Path sweep = dir.resolve("sweep.yaml");
        Files.writeString(
                sweep,
                String.join(
                        "\n",
                        "base: " + base,
                        "out: " + out,
                        "set:",
                        "  pretrain.epochs: 1",
                        "  pretrain.option.perClass: 60",
                        "  transfer.head-epochs: 1",
                        "  transfer.fine-epochs: 1",
                        "  transfer.option.perClass: 6",
                        "grid:",
                        "  pretrain.model: [simple-cnn, lenet5]",
                        "  target:",
                        "    - {name: letters, transfer.dataset: letter-folders, transfer.option: {root: letters-scans}}",
                        "    - {name: az-csv, transfer.dataset: az-csv, transfer.option: {file: az-csv/handwritten-az-upper.csv.gz}}",
                        ""));
        String first = run(sweep)[0];
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(5, csv.size(), String.join("\n", csv));
        assertEquals(
                "point,pretrain.model,target,perClass,trainPerClass,seeds,headMean,headStd,finalMean,finalStd,scratchMean,"
                        + "scratchStd,gain",
                csv.get(0));
        assertTrue(csv.get(1).startsWith("simple-cnn_letters,simple-cnn,letters,"), csv.get(1));
        assertTrue(csv.get(4).startsWith("lenet5_az-csv,lenet5,az-csv,"), csv.get(4));
        assertTrue(Files.size(out.resolve("sweep.png")) > 5_000);
        assertTrue(Files.readString(out.resolve("sweep.md")).contains("| lenet5_letters | lenet5 | letters |"));
        // Both letter runs trained on 6 images per class: the sweep's perClass survived the bundle's option map.
        assertTrue(Files.readString(out.resolve("simple-cnn_letters/transfer/model.json"))
                .contains("\"perClass\": \"6\""));
        // One seed: each run straight in its folder, its result kept there for the next start.
        String cell = Files.readString(out.resolve("lenet5_az-csv/cell.json"));
        assertTrue(cell.contains("\"seed\": 42") && cell.contains("\"scratch\": "), cell);
        assertTrue(Files.size(out.resolve("sweep.json")) > 500);
        try (var pretrained = Files.list(out.resolve("pretrained"))) {
            assertEquals(2, pretrained.count(), "one pretrained model per architecture, shared by both targets");
        }
        assertTrue(first.contains("sweep run 4/4"), first);
        String second = run(sweep)[0];
        assertEquals(
                4,
                second.lines()
                        .filter(l -> l.contains("finished before, skipped"))
                        .count(),
                second);
    }
}
