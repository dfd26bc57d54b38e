package org.glyphtransfer.transfer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.LambdaBlock;
import com.google.gson.JsonObject;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glyphtransfer.api.io.AtomicFiles;
import org.glyphtransfer.transfer.FakeRuns;
import org.glyphtransfer.transfer.TrainedModel;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.store.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose loss diverged to NaN still writes valid JSON: model.json and report.json parse strictly. */
class NonFiniteJsonTest {
    @TempDir
    Path dir;

    @Test
    void aDivergedRunWritesOnlyValidJson() throws IOException {
        TrainedModel model = FakeRuns.diverged();
        assertTrue(Double.isNaN(model.evaluation().loss()), "the test loss is NaN");
        ModelFolder.save(
                dir,
                new LambdaBlock(x -> x) {
                    @Override
                    public void saveParameters(DataOutputStream os) throws IOException {
                        os.write(new byte[] {1, 2, 3});
                    }
                },
                model.provenance());
        AtomicFiles.write(dir.resolve("report.json"), ReportWriter.GSON.toJson(ReportWriter.toJson(model, model)));

        List<Path> json;
        try (Stream<Path> files = Files.list(dir)) {
            json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(List.of(dir.resolve("model.json"), dir.resolve("report.json")), json);
        for (Path f : json) {
            String text = Files.readString(f);
            assertFalse(text.contains("NaN") || text.contains("Infinity"), f + ":\n" + text);
            StrictJson.parse(text);
        }
        JsonObject saved =
                StrictJson.parse(Files.readString(dir.resolve("model.json"))).getAsJsonObject();
        assertTrue(saved.getAsJsonObject("metrics").get("testLoss").isJsonNull(), saved.toString());
        String report = Files.readString(dir.resolve("report.json"));
        assertTrue(report.contains("null"), report);

        Provenance back = ModelFolder.readProvenance(dir);
        assertTrue(back.metrics().get("testLoss").isNaN());
        assertEquals(
                model.provenance().metrics().get("testAccuracy"), back.metrics().get("testAccuracy"));
    }
}
