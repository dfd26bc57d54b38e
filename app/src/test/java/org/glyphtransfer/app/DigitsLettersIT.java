package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphtransfer.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real MNIST digits and A–Z letters merged into 36 classes, a short LeNet-5 run on them, an O/0
 * specialist attached with {@code glyph cascade}, and abstention on the real letter scans.
 */
class DigitsLettersIT {
    @TempDir
    Path temp;

    private static CliRun glyph(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.code, run.toString());
        return run;
    }

    @Test
    void thirtySixClassesWithAnOZeroCascadeAndAbstentionOnRealScans() throws Exception {
        Path data = RealData.folder("merges the real MNIST and A–Z files");
        Path main = temp.resolve("digits-letters");
        String[] balanced = {"--option", "perClass=30", "--option", "valPerClass=4", "--option", "testPerClass=10"};
        glyph(concat(
                new String[] {"pretrain", "--model", "lenet5", "--dataset", "merge", "--epochs", "3", "-q"},
                balanced,
                new String[] {"--out", main.toString()}));
        String report = Files.readString(main.resolve("report.md"));
        assertTrue(report.contains("| classes | 36 |"), report);
        assertTrue(report.contains("| O / 0 |") && report.contains("| I / 1 |"), report);
        assertTrue(report.contains("| 0.99 |"), "risk–coverage table: " + report);
        assertTrue(report.contains("| Z | "), "per-class rows: " + report);

        Path specialist = temp.resolve("o-vs-0");
        glyph(concat(
                new String[] {"pretrain", "--model", "lenet5", "--dataset", "merge", "--epochs", "5", "-q"},
                balanced,
                new String[] {"--option", "classes=O,0", "--out", specialist.toString()}));
        Path cascaded = temp.resolve("with-cascade");
        glyph(
                "cascade",
                "--model",
                main.toString(),
                "--specialist",
                specialist.toString(),
                "--out",
                cascaded.toString());
        CliRun evaluate = glyph("evaluate", "--model", cascaded.toString());
        assertTrue(evaluate.out.contains("cascade on 0, O (20 samples): "), evaluate.out);
        assertTrue(evaluate.out.contains("look-alikes O/0: "), evaluate.out);

        CliRun predict = glyph(
                "predict",
                "--model",
                main.toString(),
                "--min-confidence",
                "0.99",
                "--json",
                data.resolve("letters-scans/Testing").toString());
        long unknown =
                JsonParser.parseString(predict.out).getAsJsonObject().getAsJsonArray("predictions").asList().stream()
                        .map(JsonElement::getAsJsonObject)
                        .filter(p -> p.get("predicted").getAsString().equals("unknown"))
                        .count();
        assertTrue(unknown > 0, "no scan was answered unknown at 0.99");
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
