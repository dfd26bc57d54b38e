package org.glyphtransfer.transfer;

/** Where a run starts when its output folder holds checkpoints of an earlier, interrupted run. */
public enum ResumePolicy {
    /** From the first epoch; old checkpoints are cleared. The default. */
    START_OVER,
    /** From the last complete checkpoint, when there is one with the same settings ({@code --resume}). */
    FROM_CHECKPOINT
}
