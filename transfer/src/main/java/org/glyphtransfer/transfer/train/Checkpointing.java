package org.glyphtransfer.transfer.train;

/**
 * Whether and where a training run keeps per-epoch checkpoints, and whether it continues from
 * the last complete one.
 *
 * @param checkpoints the checkpoint folder, or {@code null} for none
 * @param resume true to continue from the last complete checkpoint, if there is one
 */
public record Checkpointing(Checkpoints checkpoints, boolean resume) {
    /** @return no checkpoints */
    public static Checkpointing none() {
        return new Checkpointing(null, false);
    }
}
