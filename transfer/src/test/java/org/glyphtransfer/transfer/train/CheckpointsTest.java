package org.glyphtransfer.transfer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.SequentialBlock;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphtransfer.api.GlyphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesNoHalfWrittenGenerationBehind() throws IOException {
        SequentialBlock diskFull = new SequentialBlock() {
            @Override
            public void saveParameters(DataOutputStream os) throws IOException {
                os.write(new byte[1024]);
                throw new IOException("No space left on device");
            }
        };
        Checkpoints checkpoints = Checkpoints.at(dir.resolve("checkpoint"));
        Checkpoints.State state = new Checkpoints.State();
        state.current = new PhaseState();
        GlyphException e =
                assertThrows(GlyphException.class, () -> checkpoints.save(1, state, diskFull, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        try (var left = Files.list(dir.resolve("checkpoint"))) {
            assertEquals(List.of(), left.toList(), "the temporary generation must be removed");
        }
        assertFalse(checkpoints.exists());
    }

    @Test
    void aDamagedNewestGenerationFallsBackToTheOlderOne() throws Exception {
        try (ai.djl.Model model = ai.djl.Model.newInstance("c")) {
            ai.djl.nn.core.Linear net =
                    ai.djl.nn.core.Linear.builder().setUnits(2).build();
            net.initialize(
                    model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32, new ai.djl.ndarray.types.Shape(1, 3));
            Checkpoints checkpoints = Checkpoints.at(dir.resolve("checkpoint"));
            Checkpoints.State state = new Checkpoints.State();
            state.current = new PhaseState();
            checkpoints.save(1, state, net, Map.of(), Map.of());
            // The state of a crash between two generations: a newer one whose parameters were damaged later.
            Path older = dir.resolve("checkpoint/epoch-000001");
            Path newer = dir.resolve("checkpoint/epoch-000002");
            Files.createDirectories(newer);
            try (var files = Files.list(older)) {
                for (Path f : files.toList()) {
                    Files.copy(f, newer.resolve(f.getFileName()));
                }
            }
            byte[] params = Files.readAllBytes(newer.resolve("network.params"));
            params[params.length - 1] ^= 1;
            Files.write(newer.resolve("network.params"), params);
            assertEquals(
                    older,
                    checkpoints.latest(model.getNDManager()).orElseThrow().generation());
            Files.write(older.resolve("network.params"), params);
            assertTrue(
                    checkpoints.latest(model.getNDManager()).isEmpty(),
                    "no generation with matching checksums is usable");
            assertTrue(checkpoints.hasAny());
        }
    }

    @Test
    void nonFiniteValuesAreValidJsonAndComeBackExactly() throws Exception {
        try (ai.djl.Model model = ai.djl.Model.newInstance("c")) {
            ai.djl.nn.core.Linear net =
                    ai.djl.nn.core.Linear.builder().setUnits(2).build();
            net.initialize(
                    model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32, new ai.djl.ndarray.types.Shape(1, 3));
            Checkpoints checkpoints = Checkpoints.at(dir.resolve("checkpoint"));
            Checkpoints.State state = new Checkpoints.State();
            state.current = new PhaseState();
            state.current.history.add(new EpochStats(
                    "pretrain",
                    1,
                    new EpochStats.Scores(Double.NaN, 0.5),
                    new EpochStats.Scores(Double.NEGATIVE_INFINITY, 0.5),
                    0.1,
                    new EpochStats.Timing(1, 2)));
            checkpoints.save(1, state, net, Map.of(), Map.of());
            String json = Files.readString(dir.resolve("checkpoint/epoch-000001/" + Checkpoints.STATE));
            org.glyphtransfer.transfer.store.StrictJson.parse(json);
            PhaseState back =
                    checkpoints.latest(model.getNDManager()).orElseThrow().state().current;
            assertEquals(Double.POSITIVE_INFINITY, back.bestLoss, json);
            assertTrue(Double.isNaN(back.history.get(0).trainLoss()), json);
            assertEquals(Double.NEGATIVE_INFINITY, back.history.get(0).validationLoss(), json);
        }
    }
}
