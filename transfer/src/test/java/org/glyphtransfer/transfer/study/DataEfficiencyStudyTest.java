package org.glyphtransfer.transfer.study;

import static org.glyphtransfer.transfer.Glyph.dataset;
import static org.glyphtransfer.transfer.Glyph.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glyphtransfer.testing.CpuEngine;
import org.glyphtransfer.transfer.GlyphRuntime;
import org.glyphtransfer.transfer.Pretraining;
import org.glyphtransfer.transfer.Reports;
import org.glyphtransfer.transfer.grid.PointSummary;
import org.glyphtransfer.transfer.settings.Phase;
import org.glyphtransfer.transfer.testing.TestRuntimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataEfficiencyStudyTest {
    @TempDir
    Path dir;

    @Test
    void runsEveryBudgetAndSeedWritesTablesAndSkipsFinishedRuns() throws Exception {
        GlyphRuntime rt = TestRuntimes.builder(dir, CpuEngine.options()).build();
        Path source = dir.resolve("source");
        Pretraining.of(model("test-cnn"))
                .on(dataset("test-shapes", "from=0", "to=3"))
                .epochs(2)
                .batchSize(32)
                .saveTo(source)
                .reports(Reports.NONE)
                .runtime(rt)
                .run();
        DataEfficiencyStudy study = DataEfficiencyStudy.from(source)
                .on(dataset("test-shapes", "from=4", "to=7", "perClass=40"))
                .perClass(List.of(5, 0))
                .seeds(List.of(1L, 2L))
                .phases(List.of(
                        Phase.headOnly().withEpochs(2).withLearningRate(1e-2),
                        Phase.fineTune().withEpochs(2)))
                .saveTo(dir.resolve("study"))
                .runtime(rt);
        List<PointSummary> summary = study.run();
        assertEquals(2, summary.size());
        assertEquals(5, summary.get(0).point().perClass());
        assertEquals(5.0, summary.get(0).trainPerClass(), 1e-9);
        assertEquals(0, summary.get(1).point().perClass());
        assertEquals(40.0, summary.get(1).trainPerClass(), 1e-9);
        assertEquals(2, summary.get(0).seeds());
        assertTrue(
                summary.get(0).scratch() != null && summary.get(0).gain().isPresent(),
                "every run has its scratch baseline");
        assertTrue(Files.exists(dir.resolve("study/perClass-5/seed-2/cell.json")));
        for (String f : List.of("study.md", "study.csv", "study.json", "study.png")) {
            assertTrue(Files.size(dir.resolve("study").resolve(f)) > 100, f);
        }
        assertEquals(3, Files.readAllLines(dir.resolve("study/study.csv")).size());
        long before = Files.getLastModifiedTime(dir.resolve("study/perClass-5/seed-1/model-0000.params"))
                .toMillis();
        List<PointSummary> again = study.run();
        assertEquals(summary.get(0).last().mean(), again.get(0).last().mean(), 0.0);
        assertEquals(
                before,
                Files.getLastModifiedTime(dir.resolve("study/perClass-5/seed-1/model-0000.params"))
                        .toMillis(),
                "a finished run must not be trained again");
    }
}
