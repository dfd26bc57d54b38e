package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphtransfer.transfer.store.ModelFolder;
import org.glyphtransfer.transfer.store.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment file's cascade section: a specialist per subset, the attached model, its report. */
class ExperimentCascadeTest {
    @TempDir
    Path temp;

    @Test
    void theCascadeSectionTrainsAttachesAndReports() throws Exception {
        Path out = temp.resolve("run");
        Path file = temp.resolve("cascade.yaml");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "name: cascade",
                        "out: " + out,
                        "transfer:",
                        "  from: " + LetterModels.synthetic(),
                        "  dataset: letter-folders",
                        "  option:",
                        "    root: " + LetterModels.syntheticData().toAbsolutePath(),
                        "  head-epochs: 1",
                        "  fine-epochs: 1",
                        "cascade:",
                        "  classes: I,L",
                        ""));
        CliRun run = CliRun.of("run", file.toString(), "-q");
        assertEquals(0, run.code, run.toString());
        assertTrue(run.out.contains("cascade: test accuracy ") && run.out.contains("cascade: on I, L ("), run.out);
        Provenance model = ModelFolder.readProvenance(out.resolve("cascade/model"));
        assertEquals(1, model.cascade().size());
        assertEquals(java.util.List.of("I", "L"), model.cascade().get(0).classes());
        String report = Files.readString(out.resolve("cascade/report/report.md"));
        assertTrue(report.contains("## Cascade") && report.contains("| of I, L ("), report);
    }

    @Test
    void aCascadeFolderOverAnInputIsRefusedBeforeAnythingTrains() throws Exception {
        Path data = LetterModels.syntheticData().toAbsolutePath();
        for (String cascadeOut : new String[] {
            data.resolve("cascade").toString(), temp.resolve("run/transfer/x").toString()
        }) {
            Path file = temp.resolve("bad-cascade.yaml");
            Files.writeString(
                    file,
                    String.join(
                            "\n",
                            "name: cascade",
                            "out: " + temp.resolve("run"),
                            "transfer:",
                            "  from: " + LetterModels.synthetic(),
                            "  dataset: letter-folders",
                            "  option:",
                            "    root: " + data,
                            "  out: " + temp.resolve("run/transfer"),
                            "cascade:",
                            "  classes: I,L",
                            "  out: " + cascadeOut,
                            ""));
            CliRun run = CliRun.of("run", file.toString(), "--check");
            assertEquals(2, run.code, run.toString());
            assertTrue(run.err.contains("'cascade.out'"), run.toString());
            assertFalse(CliRun.hasStackTrace(run.err), run.toString());
            assertFalse(Files.exists(temp.resolve("run")), "nothing written");
        }
    }
}
