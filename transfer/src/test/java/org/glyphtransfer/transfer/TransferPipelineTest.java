package org.glyphtransfer.transfer;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.report.ReportWriter;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.settings.PhaseSettings;
import org.glyphtransfer.transfer.settings.Schedule;
import org.glyphtransfer.transfer.settings.Stage;
import org.glyphtransfer.transfer.store.LoadedModel;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.glyphtransfer.transfer.testing.TestRuntimes;
import org.glyphtransfer.transfer.train.EpochStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferPipelineTest {
    @TempDir
    Path dir;

    static GlyphRuntime runtime(long seed) {
        return TestRuntimes.cpu(Path.of("."), seed);
    }

    private RunResult pretrain(Path out, long seed) {
        return Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=3"))
                .epochs(3)
                .batchSize(32)
                .saveTo(out)
                .runtime(runtime(seed))
                .run();
    }

    @Test
    void pretrainingLearnsSavesModelAndWritesReport() throws IOException {
        Path out = dir.resolve("source");
        RunResult result = pretrain(out, 7);
        assertTrue(result.testAccuracy() > 0.9, "test accuracy " + result.testAccuracy());
        Provenance p = ModelFolder.readProvenance(out);
        assertEquals("test-cnn", p.architecture());
        assertEquals(List.of("-", "|", "/", "\\"), p.classNames());
        assertEquals("test-shapes", p.dataset());
        assertEquals(240, p.datasetSizes().get("train"));
        assertEquals(result.testAccuracy(), p.metrics().get("testAccuracy"), 1e-12);
        for (String file : ReportWriter.FILES) {
            assertTrue(Files.size(out.resolve(file)) > 100, file);
        }
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("report.json")))
                .getAsJsonObject();
        JsonObject evaluation = json.getAsJsonObject("run").getAsJsonObject("evaluation");
        assertEquals(result.testAccuracy(), evaluation.get("accuracy").getAsDouble(), 1e-12);
        assertEquals(4, evaluation.getAsJsonArray("perClass").size());
        assertEquals(
                3,
                json.getAsJsonObject("run")
                        .getAsJsonArray("phases")
                        .get(0)
                        .getAsJsonObject()
                        .getAsJsonArray("epochs")
                        .size());
    }

    @Test
    void adjustedPretrainingFollowsTheCosineScheduleAndRecordsIt() {
        PhaseSettings cosine = PhaseSettings.builder(Stage.PRETRAIN)
                .set("schedule", "cosine")
                .set("weight-decay", 1e-4)
                .build();
        RunResult result = Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=3"))
                .epochs(4)
                .batchSize(32)
                .adjust(cosine)
                .reports(Reports.NONE)
                .runtime(runtime(7))
                .run();
        List<EpochStats> epochs = result.model().phases().get(0).phase().epochs();
        assertEquals(4, epochs.size());
        assertEquals(1e-3, epochs.get(0).learningRate(), 1e-12);
        for (int e = 1; e < epochs.size(); e++) {
            assertTrue(
                    epochs.get(e).learningRate() < epochs.get(e - 1).learningRate(),
                    "epoch " + (e + 1) + " learning rate");
        }
        Phase phase = result.model().phases().get(0).phase().phase();
        assertEquals(Schedule.parse("cosine"), phase.schedule());
        assertEquals(1e-4, phase.weightDecay(), 1e-12);
        assertEquals(32, phase.batchSize());
    }

    @Test
    void transferBeatsChanceAndReportsBaseline() throws IOException {
        Path source = dir.resolve("source");
        pretrain(source, 7);
        Path target = dir.resolve("target");
        RunResult result = Transfer.from(source)
                .on(dataset("test-shapes", "from=4", "to=8", "perClass=20"))
                .phase(Phase.headOnly().toBuilder()
                        .optEpochs(6)
                        .optLearningRate(3e-3)
                        .optBatchSize(16)
                        .build())
                .phase(Phase.fineTune().toBuilder()
                        .optEpochs(6)
                        .optLearningRate(1e-3)
                        .optBatchSize(16)
                        .build())
                .baseline(Baseline.SCRATCH)
                .saveTo(target)
                .runtime(runtime(7))
                .run();
        assertEquals(2, result.model().phases().size());
        assertTrue(result.testAccuracy() > 0.5, "5 classes, chance is 0.2; got " + result.testAccuracy());
        long frozen = result.model().phases().get(0).phase().frozenParameters();
        assertTrue(frozen > 0, "head-only phase must freeze the backbone");
        assertEquals(0, result.model().phases().get(1).phase().frozenParameters());
        assertTrue(result.baseline().isPresent());
        assertEquals(12, result.baseline().get().phases().get(0).phase().phase().epochs());
        Provenance p = ModelFolder.readProvenance(target);
        assertEquals(source.toAbsolutePath().toString(), p.source());
        // The model folder says exactly which phases made it.
        assertEquals(
                result.model().phases().stream().map(o -> o.phase().phase()).toList(),
                p.training().orElseThrow().phases());
        assertEquals(5, p.classNames().size());
        JsonObject json = JsonParser.parseString(Files.readString(target.resolve("report.json")))
                .getAsJsonObject();
        assertTrue(json.has("comparison"));
        assertTrue(Files.readString(target.resolve("report.md")).contains("Transfer vs. scratch"));
    }

    @Test
    void headOnlyKeepsTheTrainedBackboneExactly() {
        Path source = dir.resolve("source");
        pretrain(source, 7);
        Path target = dir.resolve("target");
        GlyphRuntime rt = runtime(7);
        RunResult result = Transfer.from(source)
                .on(dataset("test-shapes", "from=0", "to=3", "perClass=20"))
                .phase(Phase.headOnly().withEpochs(3).withLearningRate(1e-2))
                .saveTo(target)
                .reports(Reports.NONE)
                .runtime(rt)
                .run();
        // Same classes as the source: its features already separate them, so the head alone must do well.
        assertTrue(result.testAccuracy() > 0.9, "head-only on the source task: " + result.testAccuracy());
        try (LoadedModel before = ModelFolder.load(source, rt.registry(), rt.dataRoot(), rt.djlDevice());
                LoadedModel after = ModelFolder.load(target, rt.registry(), rt.dataRoot(), rt.djlDevice())) {
            List<Parameter> a = before.parts().backbone().getParameters().values();
            List<Parameter> b = after.parts().backbone().getParameters().values();
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(
                        a.get(i).getArray().toFloatArray(),
                        b.get(i).getArray().toFloatArray(),
                        0f,
                        a.get(i).getName());
            }
            assertEquals(
                    4,
                    after.parts()
                            .head()
                            .getOutputShapes(new Shape[] {new Shape(1, 32)})[0]
                            .get(1));
        }
    }

    @Test
    void sameSeedGivesIdenticalMetrics() {
        RunResult a = pretrain(dir.resolve("a"), 11);
        RunResult b = pretrain(dir.resolve("b"), 11);
        List<EpochStats> ea = a.model().phases().get(0).phase().epochs();
        List<EpochStats> eb = b.model().phases().get(0).phase().epochs();
        for (int i = 0; i < ea.size(); i++) {
            assertEquals(ea.get(i).trainLoss(), eb.get(i).trainLoss(), 0.0, "epoch " + (i + 1) + " train loss");
            assertEquals(
                    ea.get(i).validationLoss(),
                    eb.get(i).validationLoss(),
                    0.0,
                    "epoch " + (i + 1) + " validation loss");
        }
        assertEquals(a.model().evaluation().loss(), b.model().evaluation().loss(), 0.0);
        assertEquals(a.testAccuracy(), b.testAccuracy(), 0.0);
    }

    @Test
    void inputShapeMismatchIsAUserError() {
        Path source = dir.resolve("source");
        pretrain(source, 7);
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> Transfer.from(source)
                        .on(dataset("test-shapes", "size=32"))
                        .runtime(runtime(7))
                        .run());
        assertTrue(e.getMessage().contains("(1, 28, 28)") && e.getMessage().contains("(1, 32, 32)"), e.getMessage());
    }

    @Test
    void refusesAForeignOutputFolder() throws IOException {
        Path foreign = dir.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        GlyphException e = assertThrows(GlyphException.class, () -> pretrain(foreign, 7));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
        assertEquals(List.of(foreign.resolve("notes.txt")), Files.list(foreign).toList());
    }

    @Test
    void tamperedParametersAreRejected() throws IOException {
        Path source = dir.resolve("source");
        pretrain(source, 7);
        byte[] bytes = Files.readAllBytes(source.resolve(ModelFolder.NETWORK_PARAMETERS));
        bytes[bytes.length / 2] ^= 1;
        Files.write(source.resolve(ModelFolder.NETWORK_PARAMETERS), bytes);
        GlyphException e = assertThrows(
                GlyphException.class,
                () -> Transfer.from(source)
                        .on(dataset("test-shapes", "from=4", "to=6"))
                        .runtime(runtime(7))
                        .run());
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }
}
