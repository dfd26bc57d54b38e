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
    @TempDir Path dir;

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
        GlyphException e = assertThrows(GlyphException.class, () -> checkpoints.save(1, state, diskFull, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        try (var left = Files.list(dir.resolve("checkpoint"))) {
            assertEquals(List.of(), left.toList(), "the temporary generation must be removed");
        }
        assertFalse(checkpoints.exists());
    }
}
